using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Events.Agreements;
using Platform.Disputes.Data;
using Platform.Disputes.Domain.Breaches;
using Platform.Disputes.Grpc;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Disputes;

/// <summary>Disputes keeps the breaches Agreements determines, and their status, from the Agreements facts.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class KnownBreachTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(15);

    private ServiceFactory<DisputesGrpcService> _disputes = null!;
    private IBusControl _bus = null!;

    public async Task InitializeAsync()
    {
        var rabbit = await infrastructure.CreateVirtualHostAsync();
        _disputes = new ServiceFactory<DisputesGrpcService>(await infrastructure.CreateDatabaseAsync(), rabbit);
        await _disputes.WaitUntilServingAsync();
        _bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(rabbit.Host, (ushort)rabbit.Port, rabbit.VirtualHost, host =>
        {
            host.Username(rabbit.Username);
            host.Password(rabbit.Password);
        }));
        await (await _bus.StartAsync()).Ready;
    }

    public async Task DisposeAsync()
    {
        await _bus.StopAsync();
        await _disputes.DisposeAsync();
    }

    [Fact]
    public async Task Determined_breach_and_its_later_status_are_kept_even_when_they_arrive_out_of_order()
    {
        var (breachId, agreementId) = (Guid.NewGuid(), Guid.NewGuid());

        await _bus.Publish(new BreachStatusChanged
        {
            BreachId = breachId, AgreementId = agreementId, FromStatus = "Open", ToStatus = "Disputed", Severity = "Major", BreachVersion = 2, OccurredAt = DateTimeOffset.UtcNow,
        });
        await Eventually.AssertAsync(async () => (await KnownAsync(breachId))?.Status == "Disputed", s_timeout, "the status change is kept");
        await _bus.Publish(new BreachDetermined
        {
            BreachId = breachId, AgreementId = agreementId, Clause = "4.2.1", Severity = "Major", EvidenceKind = "Interruption", EvidenceId = "int-7",
            Description = "Interruption ran past its threshold", FactAt = DateTimeOffset.UtcNow.AddHours(-1), BreachVersion = 1, OccurredAt = DateTimeOffset.UtcNow,
        });

        await Eventually.AssertAsync(async () => (await KnownAsync(breachId))?.IsDetermined == true, s_timeout, "the determination is kept");
        var known = (await KnownAsync(breachId))!;
        Assert.Equal((agreementId, "4.2.1", "Disputed", "int-7", 2L), (known.AgreementId, known.Clause, known.Status, known.EvidenceId, known.Version));
    }

    private async Task<KnownBreach?> KnownAsync(Guid breachId)
    {
        await using var scope = _disputes.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DisputesDbContext>().Set<KnownBreach>().AsNoTracking().SingleOrDefaultAsync(b => b.BreachId == breachId);
    }
}
