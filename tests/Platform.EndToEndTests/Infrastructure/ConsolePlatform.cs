using System.Globalization;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.EndToEndTests.Infrastructure;

/// <summary>
/// The running platform plus the officer console as a fifth process (its build output,
/// <c>services/OfficerConsole/bin/&lt;configuration&gt;/net10.0/Platform.OfficerConsole.dll</c>), in Development so
/// it signs officers in with the test issuer's key, which the services trust. Browse it at <see cref="BaseAddress"/>.
/// </summary>
public class ConsolePlatform : RunningPlatform
{
    private WebProcess? _console;
    private TestOpenIdProvider? _provider;
    private readonly DirectoryInfo _keys = Directory.CreateTempSubdirectory("cxqa-console-keys-");

    /// <summary>Where the console serves its pages (HTTP/1.1): <c>http://127.0.0.1:&lt;port&gt;/</c>.</summary>
    public Uri BaseAddress => OfficerConsole.BaseAddress;

    /// <summary>The console's process: its output (<see cref="HostProcess.OutputSince"/>) for a test to show or check.</summary>
    public WebProcess OfficerConsole => _console ?? throw new InvalidOperationException("The officer console has not started.");

    /// <summary>Lets a platform for a particular kind of test change the console's settings before it starts.</summary>
    protected virtual void ConfigureConsole(IDictionary<string, string> environment)
    {
    }

    /// <summary>The identity provider the console also signs people in with (besides the development sign-in).</summary>
    public TestOpenIdProvider IdentityProvider => _provider ?? throw new InvalidOperationException("The identity provider has not started.");

    protected override async Task StartedAsync()
    {
        _provider = await TestOpenIdProvider.StartAsync();
        var port = ServiceLaunch.FreePort();
        var environment = new Dictionary<string, string>(TestIdentity.Environment)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Ports__Http"] = port.ToString(CultureInfo.InvariantCulture),
            // Its traces join the services' in the same receiver, so a test can follow a click to the services.
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = Telemetry.Endpoint.GetLeftPart(UriPartial.Authority),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
            // Long enough that a test can act on a page before it reads its case again (a stale view on purpose).
            ["OfficerConsole__RefreshInterval"] = "00:00:20",
            // A key ring of this run's own, not the machine's (~/.aspnet), which other consoles on it share.
            ["DataProtection__KeysPath"] = _keys.FullName,
        };
        foreach (var context in new[] { "Agreements", "Complaints", "Assurance", "Disputes" })
        {
            environment[$"Services__{context}"] = $"http://127.0.0.1:{Service(context).GrpcPort}";
        }

        foreach (var (name, value) in _provider.ConsoleEnvironment)
        {
            environment[name] = value;
        }

        ConfigureConsole(environment);
        _console = WebProcess.Start(
            ServiceLaunch.AssemblyOf("OfficerConsole", "Platform.OfficerConsole"),
            "OfficerConsole",
            new Uri($"http://127.0.0.1:{port}/"),
            environment);
        AddProcess(_console);
        await _console.WaitUntilHealthyAsync();
    }

    protected override async Task StoppedAsync()
    {
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }

        _keys.Delete(recursive: true);
    }
}
