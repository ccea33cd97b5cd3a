using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.ServiceDefaults.Data;

namespace Platform.ServiceDefaults.Operations;

/// <summary>
/// What a service's entry point does besides serving, chosen by its one argument, so one image does all three:
/// <list type="bullet">
/// <item><c>migrate</c>: applies the database migrations and exits (0 on success). Deployments run it once before
/// the services start (compose's <c>*-migrate</c> services, the Kubernetes Job), rather than racing replicas.</item>
/// <item><c>probe</c>: asks the running service's readiness endpoint (<c>/readyz</c> on <c>Ports:Http</c>) and exits
/// 0 when it answers 200, else 1: the container health check, as the runtime image has no curl.</item>
/// </list>
/// With no argument, the service runs until SIGTERM, then stops within <c>Shutdown:Timeout</c>.
/// </summary>
public static partial class ServiceCommands
{
    public const string Migrate = "migrate";
    public const string Probe = "probe";

    private static readonly TimeSpan s_probeTimeout = TimeSpan.FromSeconds(4);

    /// <summary>True when the process was started to probe a running service: call <see cref="ProbeAsync"/> and exit.</summary>
    public static bool IsProbe(string[] args) => args is [Probe];

    /// <summary>The service's arguments without a command, for the configuration's command-line source.</summary>
    public static string[] WithoutCommand(string[] args) => args is [Migrate] ? [] : args;

    /// <summary>GETs <c>http://127.0.0.1:{Ports__Http}/readyz</c>; 0 when the service is ready, 1 otherwise.</summary>
    public static async Task<int> ProbeAsync()
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable("Ports__Http"), out var port) || port <= 0)
        {
            await Console.Error.WriteLineAsync("probe: Ports__Http is not set to the service's HTTP port.");
            return 1;
        }

        using var http = new HttpClient { Timeout = s_probeTimeout };
        try
        {
            using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/readyz"));
            await Console.Out.WriteLineAsync($"probe: /readyz answered {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            await Console.Error.WriteLineAsync($"probe: /readyz did not answer: {ex.Message}");
            return 1;
        }
    }

    /// <summary>
    /// Runs the built service: with <c>migrate</c>, applies every database migration it has and returns; otherwise
    /// serves until the host stops. Returns the process's exit code.
    /// </summary>
    public static async Task<int> RunServiceAsync(this WebApplication app, string[] args)
    {
        if (args is not [Migrate])
        {
            await app.RunAsync();
            return 0;
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ServiceCommands));
        var stopping = app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        try
        {
            foreach (var migrator in app.Services.GetServices<IDatabaseMigrator>())
            {
                await migrator.MigrateAsync(stopping);
            }

            return 0;
        }
        catch (Exception ex)
        {
            LogMigrationFailed(logger, ex);
            return 1;
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Migration failed; the schema is as the last committed migration left it")]
    private static partial void LogMigrationFailed(ILogger logger, Exception exception);
}
