using Platform.Contracts.Complaints.V1;
using Platform.Contracts.Events.Agreements;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Complaints;

/// <summary>
/// One Complaints host per test class, on its own database and virtual host, with the bus of
/// <see cref="ComplaintsEnvironment"/> publishing agreement facts and recording what Complaints publishes.
/// Every test makes its own agreement, so tests of a class never see each other's complaints.
/// </summary>
public class ComplaintsFixture : IAsyncLifetime
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Lock _gate = new();
    private Task? _started;

    public ComplaintsFixture()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <summary>A host with <paramref name="settings"/> over the service's own configuration.</summary>
    protected ComplaintsFixture(IReadOnlyDictionary<string, string?> settings) => _settings = settings;

    internal ComplaintsEnvironment Environment { get; private set; } = null!;

    internal ComplaintsHost Host { get; private set; } = null!;

    internal ComplaintsService.ComplaintsServiceClient Client => Host.Client;

    internal ComplaintEventLog Events => Environment.Events;

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Starts the environment and the host on the first call; the infrastructure comes from the test's collection.</summary>
    internal Task StartAsync(PlatformInfrastructure infrastructure)
    {
        lock (_gate)
        {
            return _started ??= StartOnceAsync(infrastructure);
        }
    }

    /// <summary>A fresh agreement Complaints knows as active (seconds-long clocks by default).</summary>
    internal Task<Guid> ActiveAgreementAsync(AgreementTermsSnapshot? terms = null, DateTimeOffset? effectiveFrom = null) =>
        Environment.ActivateAgreementAsync(Host, terms, effectiveFrom);

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
        Environment = await ComplaintsEnvironment.CreateAsync(infrastructure);
        Host = await Environment.StartHostAsync(_settings);
    }
}
