using Grpc.Net.Client;
using Platform.Contracts.Events.Agreements;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Assurance;

/// <summary>
/// One Assurance host per test class, on its own database and virtual host, with the bus of
/// <see cref="AssuranceEnvironment"/> publishing agreement facts and recording what Assurance publishes.
/// Every test makes its own promisor (<see cref="NewPromisor"/>) and agreements, so tests of a class never
/// see each other's records.
/// </summary>
public class AssuranceFixture : IAsyncLifetime
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Lock _gate = new();
    private Task? _started;

    public AssuranceFixture()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <summary>A host with <paramref name="settings"/> over the service's own configuration.</summary>
    protected AssuranceFixture(IReadOnlyDictionary<string, string?> settings) => _settings = settings;

    internal AssuranceEnvironment Environment { get; private set; } = null!;

    internal AssuranceHost Host { get; private set; } = null!;

    /// <summary>The channel to the host: make the client of the service a test calls from it.</summary>
    internal GrpcChannel Channel => Host.Channel;

    internal AssuranceEventLog Events => Environment.Events;

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Starts the environment and the host on the first call; the infrastructure comes from the test's collection.</summary>
    internal Task StartAsync(PlatformInfrastructure infrastructure)
    {
        lock (_gate)
        {
            return _started ??= StartOnceAsync(infrastructure);
        }
    }

    /// <summary>A promisor organisation id no other test uses.</summary>
    internal static string NewPromisor() => $"org-{Guid.NewGuid():N}";

    /// <summary>A fresh agreement of <paramref name="promisorId"/> that Assurance knows as active (in force for two years by default).</summary>
    internal Task<Guid> ActiveAgreementAsync(string promisorId, AgreementTermsSnapshot? terms = null, DateTimeOffset? effectiveFrom = null) =>
        Environment.ActivateAgreementAsync(Host, promisorId, terms, effectiveFrom);

    public async Task DisposeAsync()
    {
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        if (Environment is not null)
        {
            await Environment.DisposeAsync();
        }
    }

    private async Task StartOnceAsync(PlatformInfrastructure infrastructure)
    {
        Environment = await AssuranceEnvironment.CreateAsync(infrastructure);
        Host = await Environment.StartHostAsync(_settings);
    }
}
