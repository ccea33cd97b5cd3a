using Platform.OfficerConsole;

var builder = WebApplication.CreateBuilder(args);
builder.AddOfficerConsole();

var app = builder.Build();
app.MapOfficerConsole();
app.Run();
