using Microsoft.AspNetCore.Server.Kestrel.Core;
using Npgsql;
using Platform.Bench;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);

var port = int.Parse(builder.Configuration["port"] ?? builder.Configuration["BASELINE_PORT"] ?? "5190", System.Globalization.CultureInfo.InvariantCulture);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenLocalhost(port, listen => listen.Protocols = HttpProtocols.Http2));

var connectionString = builder.Configuration["BASELINE_DATABASE"]
    ?? throw new InvalidOperationException("Set BASELINE_DATABASE to a Npgsql connection string.");
builder.Services.AddSingleton(NpgsqlDataSource.Create(connectionString));
builder.Services.AddGrpc();

var app = builder.Build();
await BenchSchema.EnsureCreatedAsync(app.Services.GetRequiredService<NpgsqlDataSource>());
app.MapGrpcService<BaselineGrpcService>();
await app.RunAsync();
