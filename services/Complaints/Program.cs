using Platform.Complaints;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(ComplaintsRegistration.ServiceName);
builder.AddComplaints();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapComplaints();
app.Run();
