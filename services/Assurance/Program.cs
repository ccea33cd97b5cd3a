using Platform.Assurance;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(AssuranceRegistration.ServiceName);
builder.AddAssurance();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapAssurance();
app.Run();
