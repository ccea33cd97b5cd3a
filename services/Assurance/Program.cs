using Platform.Assurance;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Operations;

if (ServiceCommands.IsProbe(args))
{
    return await ServiceCommands.ProbeAsync();
}

var builder = WebApplication.CreateBuilder(ServiceCommands.WithoutCommand(args));
builder.AddServiceDefaults(AssuranceRegistration.ServiceName);
builder.AddAssurance();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapAssurance();
return await app.RunServiceAsync(args);
