using Platform.Disputes;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(DisputesRegistration.ServiceName);
builder.AddDisputes();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapDisputes();
app.Run();
