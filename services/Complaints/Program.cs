using Platform.Complaints;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Operations;

if (ServiceCommands.IsProbe(args))
{
    return await ServiceCommands.ProbeAsync();
}

var builder = WebApplication.CreateBuilder(ServiceCommands.WithoutCommand(args));
builder.AddServiceDefaults(ComplaintsRegistration.ServiceName);
builder.AddComplaints();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapComplaints();
return await app.RunServiceAsync(args);
