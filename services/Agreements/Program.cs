using Platform.Agreements;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Operations;

if (ServiceCommands.IsProbe(args))
{
    return await ServiceCommands.ProbeAsync();
}

var builder = WebApplication.CreateBuilder(ServiceCommands.WithoutCommand(args));
builder.AddServiceDefaults(AgreementsRegistration.ServiceName);
builder.AddAgreements();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapAgreements();
return await app.RunServiceAsync(args);
