using Platform.Agreements;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(AgreementsRegistration.ServiceName);
builder.AddAgreements();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapAgreements();
app.Run();
