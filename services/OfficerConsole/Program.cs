using Platform.OfficerConsole;

if (ConsoleProbe.IsProbe(args))
{
    return await ConsoleProbe.RunAsync();
}

var builder = WebApplication.CreateBuilder(args);
builder.AddOfficerConsole();

var app = builder.Build();
app.MapOfficerConsole();
await app.RunAsync();
return 0;
