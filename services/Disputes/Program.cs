using Platform.Disputes;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Operations;

if (ServiceCommands.IsProbe(args))
{
    return await ServiceCommands.ProbeAsync();
}

var builder = WebApplication.CreateBuilder(ServiceCommands.WithoutCommand(args));
builder.AddServiceDefaults(DisputesRegistration.ServiceName);
builder.AddDisputes();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapDisputes();
return await app.RunServiceAsync(args);
