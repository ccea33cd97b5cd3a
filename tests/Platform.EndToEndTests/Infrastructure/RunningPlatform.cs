using AgreementsClient = Platform.Contracts.Agreements.V1.AgreementsService.AgreementsServiceClient;
using AssuranceClient = Platform.Contracts.Assurance.V1.AssuranceService.AssuranceServiceClient;
using ComplaintsClient = Platform.Contracts.Complaints.V1.ComplaintsService.ComplaintsServiceClient;
using DisputesClient = Platform.Contracts.Disputes.V1.DisputesService.DisputesServiceClient;
using Grpc.Core.Interceptors;
using Grpc.Health.V1;
using InterruptionsClient = Platform.Contracts.Assurance.V1.InterruptionsService.InterruptionsServiceClient;
using Npgsql;
using Platform.EndToEndTests.Infrastructure.Telemetry;
using Platform.IntegrationTests.Infrastructure;
using SurveysClient = Platform.Contracts.Assurance.V1.SurveysService.SurveysServiceClient;
using Xunit.Abstractions;

namespace Platform.EndToEndTests.Infrastructure;

/// <summary>
/// The four services as processes, each on its own database and all on one fresh RabbitMQ virtual host,
/// with polling intervals and measurement periods short enough for tests; shared by the tests of a run.
/// The services reach RabbitMQ through <see cref="Broker"/> (a pass-through proxy a test can cut) and
/// export their telemetry over OTLP to <see cref="Telemetry"/>, and their databases through a proxy each
/// (<see cref="DatabaseProxy"/>).
/// </summary>
public class RunningPlatform : IAsyncLifetime
{
    private readonly PlatformInfrastructure _infrastructure = new();
    private readonly List<ServiceProcess> _services = [];
    private readonly List<HostProcess> _hosts = [];
    private readonly Dictionary<string, (TcpProxy Proxy, string Direct)> _databases = [];

    public AgreementsClient Agreements { get; private set; } = null!;

    public ComplaintsClient Complaints { get; private set; } = null!;

    public AssuranceClient Assurance { get; private set; } = null!;

    public InterruptionsClient Interruptions { get; private set; } = null!;

    public SurveysClient Surveys { get; private set; } = null!;

    public DisputesClient Disputes { get; private set; } = null!;

    /// <summary>What the services see of RabbitMQ; a test that cuts it must restore it, even when it fails.</summary>
    public TcpProxy Broker { get; private set; } = null!;

    /// <summary>The OTLP collector the services export their traces, metrics and logs to.</summary>
    public OtlpReceiver Telemetry { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _infrastructure.InitializeAsync();
        var rabbit = await _infrastructure.CreateVirtualHostAsync();
        VirtualHost = rabbit.VirtualHost;
        Broker = TcpProxy.Start(rabbit.Host, rabbit.Port);
        Telemetry = await OtlpReceiver.StartAsync();
        var agreementsGrpcPort = ServiceLaunch.FreePort();
        foreach (var context in new[] { "Agreements", "Complaints", "Assurance", "Disputes" })
        {
            var grpcPort = context == "Agreements" ? agreementsGrpcPort : ServiceLaunch.FreePort();
            var database = new NpgsqlConnectionStringBuilder(await _infrastructure.CreateDatabaseAsync()) { MaxPoolSize = 10 };
            var proxy = TcpProxy.Start(database.Host!, database.Port);
            _databases[context] = (proxy, database.ConnectionString);
            var viaProxy = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Host = "127.0.0.1", Port = proxy.Port };
            var environment = ServiceLaunch.Environment(grpcPort, viaProxy.ConnectionString, rabbit, Broker.Port);
            environment["Messaging__Outbox__PollInterval"] = "00:00:00.050";
            environment["Messaging__Deadlines__PollInterval"] = "00:00:00.050";
            environment["Services__Agreements"] = $"http://127.0.0.1:{agreementsGrpcPort}";
            environment["Complaints__MeasurementPeriodLength"] = "00:00:08";
            environment["Complaints__MinimumSample"] = "1";
            environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = Telemetry.Endpoint.GetLeftPart(UriPartial.Authority);
            environment["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
            // Milliseconds between batch exports: spans reach the receiver soon after they end.
            environment["OTEL_BSP_SCHEDULE_DELAY"] = "200";
            Configure(context, environment);
            _services.Add(ServiceProcess.Start(ServiceLaunch.AssemblyOf(context), context, grpcPort, environment));
        }

        try
        {
            await Task.WhenAll(_services.Select(service => service.WaitUntilServingAsync()));
        }
        catch
        {
            // Whether or not the runner disposes a fixture that failed to start, no service outlives the run.
            await StopServicesAsync();
            throw;
        }

        Agreements = new AgreementsClient(Invoker("Agreements"));
        Complaints = new ComplaintsClient(Invoker("Complaints"));
        Assurance = new AssuranceClient(Invoker("Assurance"));
        Interruptions = new InterruptionsClient(Invoker("Assurance"));
        Surveys = new SurveysClient(Invoker("Assurance"));
        Disputes = new DisputesClient(Invoker("Disputes"));
        try
        {
            await StartedAsync();
        }
        catch
        {
            await StopServicesAsync();
            throw;
        }
    }

    /// <summary>What the service of <paramref name="context"/> sees of its PostgreSQL; a test that cuts it must restore it.</summary>
    public TcpProxy DatabaseProxy(string context) => _databases[context].Proxy;

    /// <summary>The service's database, reached directly (not through <see cref="DatabaseProxy"/>), for a test to check.</summary>
    public string DatabaseConnectionString(string context) => _databases[context].Direct;

    /// <summary>The process of one service (<c>Agreements</c>, <c>Complaints</c>, …).</summary>
    public ServiceProcess Service(string context) => _services.Single(service => service.Context == context);

    /// <summary>Kills the service's process with SIGKILL and starts it again; returns once it serves.</summary>
    public Task KillAndRestartAsync(string context) => _services.Single(service => service.Context == context).KillAndRestartAsync();

    /// <summary>Lets a platform for a particular kind of test change a service's settings before it starts.</summary>
    protected virtual void Configure(string context, IDictionary<string, string> environment)
    {
    }

    /// <summary>
    /// Lets a platform for a particular kind of test start more once the four services serve (the officer console);
    /// what it starts, it passes to <see cref="AddProcess"/>.
    /// </summary>
    protected virtual Task StartedAsync() => Task.CompletedTask;

    /// <summary>
    /// Makes <paramref name="process"/> (started by <see cref="StartedAsync"/>) part of the platform: its output shows
    /// when a flow fails (<see cref="RunAsync"/>), and it is killed before the services when the platform stops or
    /// fails to start. Add it right after starting it, before waiting for it.
    /// </summary>
    protected void AddProcess(HostProcess process)
    {
        ArgumentNullException.ThrowIfNull(process);
        _hosts.Add(process);
    }

    /// <summary>
    /// Runs one flow; when it fails, the output the services (and any process added with <see cref="AddProcess"/>)
    /// wrote during it goes to the test's output.
    /// </summary>
    public async Task RunAsync(ITestOutputHelper output, Func<Task> flow)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(flow);
        var processes = _services.Concat(_hosts).ToList();
        var marks = processes.Select(process => process.OutputMark).ToList();
        try
        {
            await flow();
        }
        catch
        {
            for (var i = 0; i < processes.Count; i++)
            {
                output.WriteLine(processes[i].OutputSince(marks[i]));
            }

            throw;
        }
    }

    /// <summary>The RabbitMQ virtual host of this platform's queues.</summary>
    public string VirtualHost { get; private set; } = string.Empty;

    /// <summary>RabbitMQ's management API, for tests that look at queues (see <see cref="VirtualHost"/>).</summary>
    public Task<System.Text.Json.JsonElement> BrokerManagementAsync(HttpMethod method, string path, object? body = null) =>
        _infrastructure.ManagementJsonAsync(method, path, body);

    /// <summary>How many lines of the services' output so far contain <paramref name="text"/>.</summary>
    public int CountOutputLines(string text) =>
        _services.Sum(service => service.OutputSince(0).Split(Environment.NewLine).Count(line => line.Contains(text, StringComparison.Ordinal)));

    /// <summary>What each service's gRPC health says now (NOT_SERVING too when it cannot be asked), by context.</summary>
    public async Task<IReadOnlyDictionary<string, HealthCheckResponse.Types.ServingStatus>> HealthAsync()
    {
        var statuses = new Dictionary<string, HealthCheckResponse.Types.ServingStatus>();
        foreach (var service in _services)
        {
            try
            {
                statuses[service.Context] = (await new Health.HealthClient(Invoker(service.Context)).CheckAsync(new HealthCheckRequest())).Status;
            }
            catch (Grpc.Core.RpcException)
            {
                statuses[service.Context] = HealthCheckResponse.Types.ServingStatus.NotServing;
            }
        }

        return statuses;
    }

    public async Task DisposeAsync()
    {
        await StopServicesAsync();
        if (Broker is not null)
        {
            await Broker.DisposeAsync();
        }

        if (Telemetry is not null)
        {
            await Telemetry.DisposeAsync();
        }

        foreach (var (proxy, _) in _databases.Values)
        {
            await proxy.DisposeAsync();
        }

        await _infrastructure.DisposeAsync();
        await StoppedAsync();
    }

    /// <summary>Lets a platform for a particular kind of test stop what it started besides processes, once they have stopped.</summary>
    protected virtual Task StoppedAsync() => Task.CompletedTask;

    private async Task StopServicesAsync()
    {
        // What calls the services first, so it logs no errors about services that are gone.
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        _hosts.Clear();
        foreach (var service in _services)
        {
            await service.DisposeAsync();
        }

        _services.Clear();
    }

    private Grpc.Core.CallInvoker Invoker(string context) =>
        _services.Single(service => service.Context == context).Channel.Intercept(new DefaultDeadlineInterceptor());
}
