using Platform.Agreements.Grpc;
using Platform.Assurance.Grpc;
using Platform.Complaints.Grpc;
using Platform.Disputes.Grpc;
using Platform.IntegrationTests.Infrastructure;
using Platform.IntegrationTests.Services;

namespace Platform.Platformctl.Tests;

/// <summary>
/// The four real services in this process, each on its own database and RabbitMQ virtual host, and a way
/// to run platformctl against their test-server handlers.
/// </summary>
public sealed class LivePlatform : IAsyncLifetime
{
    private readonly PlatformInfrastructure _infrastructure = new();
    private ServiceFactory<AgreementsGrpcService> _agreements = null!;
    private ServiceFactory<ComplaintsGrpcService> _complaints = null!;
    private ServiceFactory<AssuranceGrpcService> _assurance = null!;
    private ServiceFactory<DisputesGrpcService> _disputes = null!;

    public ServiceFactory<AgreementsGrpcService> Agreements => _agreements;

    public ServiceFactory<ComplaintsGrpcService> Complaints => _complaints;

    public ServiceFactory<DisputesGrpcService> Disputes => _disputes;

    public async Task InitializeAsync()
    {
        await _infrastructure.InitializeAsync();
        // One virtual host, as in a real deployment: facts flow between the contexts.
        var rabbit = await _infrastructure.CreateVirtualHostAsync();
        _agreements = new(await _infrastructure.CreateDatabaseAsync(), rabbit);
        _complaints = new(await _infrastructure.CreateDatabaseAsync(), rabbit);
        _assurance = new(await _infrastructure.CreateDatabaseAsync(), rabbit);
        _disputes = new(await _infrastructure.CreateDatabaseAsync(), rabbit);
        await Task.WhenAll(
            _agreements.WaitUntilServingAsync(),
            _complaints.WaitUntilServingAsync(),
            _assurance.WaitUntilServingAsync(),
            _disputes.WaitUntilServingAsync());
    }

    /// <summary>Runs platformctl with <paramref name="args"/>, every service reached through its test server.</summary>
    public Task<CliRun> RunAsync(params string[] args) => RunWithoutAsync(null, args);

    /// <summary>
    /// Runs platformctl with <paramref name="missing"/> reached over the network at its URL instead of its test
    /// server; the calls carry a token with every role unless <paramref name="args"/> give one.
    /// </summary>
    public async Task<CliRun> RunWithoutAsync(string? missing, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (!args.Contains("--token"))
        {
            args = [.. args, "--token", TestIdentity.Everything];
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await Cli.RunAsync(args, output, error, service => service == missing ? null : service switch
        {
            "agreements" => _agreements.Server.CreateHandler(),
            "complaints" => _complaints.Server.CreateHandler(),
            "assurance" => _assurance.Server.CreateHandler(),
            "disputes" => _disputes.Server.CreateHandler(),
            _ => null,
        });
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public async Task DisposeAsync()
    {
        await _disputes.DisposeAsync();
        await _assurance.DisposeAsync();
        await _complaints.DisposeAsync();
        await _agreements.DisposeAsync();
        await _infrastructure.DisposeAsync();
    }
}
