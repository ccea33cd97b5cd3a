using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Events.Agreements;
using Platform.Contracts.Events.Complaints;
using Platform.Disputes.Data;
using Platform.Disputes.Domain.Breaches;
using Platform.Disputes.Domain.Complaints;
using Platform.Disputes.Grpc;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Disputes;

/// <summary>
/// Disputes keeps the breaches Agreements determines, and their status, from the Agreements facts, and the complaints
/// filed, from Complaints' facts; under load these arrive in bursts, which it keeps together.
/// </summary>
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

    [Fact]
    public async Task Burst_of_determinations_keeps_each_breach_once_with_what_was_known_of_it_before()
    {
        // Arrange: one breach is known already, from a status change.
        var agreementId = Guid.NewGuid();
        var earlier = Guid.NewGuid();
        await _bus.Publish(new BreachStatusChanged
        {
            BreachId = earlier, AgreementId = agreementId, FromStatus = "Open", ToStatus = "Disputed", Severity = "Major", BreachVersion = 2, OccurredAt = DateTimeOffset.UtcNow,
        });
        await Eventually.AssertAsync(async () => (await KnownAsync(earlier))?.Status == "Disputed", s_timeout, "the status change is kept");
        var fresh = Enumerable.Range(0, 40).Select(_ => Guid.NewGuid()).ToList();

        // Act: forty new breaches, the earlier one, and a second determination of one of the new ones, all at once.
        await Task.WhenAll(fresh.Append(earlier).Append(fresh[0]).Select(breachId => _bus.Publish(Determined(breachId, agreementId))));

        // Assert
        await Eventually.AssertAsync(
            async () => (await KnownOfAsync(agreementId)).Count(b => b.IsDetermined) == fresh.Count + 1, s_timeout, "every determination is kept");
        var known = await KnownOfAsync(agreementId);
        Assert.Equal(fresh.Append(earlier).Order(), known.Select(b => b.BreachId).Order());
        var kept = known.Single(b => b.BreachId == earlier);
        Assert.Equal(("Disputed", 2L, "4.2.1"), (kept.Status, kept.Version, kept.Clause));
    }

    [Fact]
    public async Task Burst_of_filed_complaints_keeps_each_complaint_once()
    {
        var agreementId = Guid.NewGuid();
        var complaints = Enumerable.Range(0, 40).Select(_ => Guid.NewGuid()).ToList();

        // Act: forty filings at once, one of them told twice (a replay carries a new message id).
        await Task.WhenAll(complaints.Append(complaints[0]).Select(complaintId => _bus.Publish(new ComplaintFiled
        {
            ComplaintId = complaintId, AgreementId = agreementId, ComplaintVersion = 1, Actor = "intake", Category = "Billing", Severity = "Normal",
            Channel = "Email", ReceivedAt = DateTimeOffset.UtcNow.AddMinutes(-5), TermsVersion = 1, FirstResponseDueAt = DateTimeOffset.UtcNow.AddHours(1),
            SolutionOrUpdateDueAt = DateTimeOffset.UtcNow.AddDays(1), OccurredAt = DateTimeOffset.UtcNow,
        })));

        // Assert
        await Eventually.AssertAsync(async () => (await KnownComplaintsOfAsync(agreementId)).Count >= complaints.Count, s_timeout, "every filing is kept");
        Assert.Equal(complaints.Order(), (await KnownComplaintsOfAsync(agreementId)).Order());
    }

    private static BreachDetermined Determined(Guid breachId, Guid agreementId) => new()
    {
        BreachId = breachId, AgreementId = agreementId, Clause = "4.2.1", Severity = "Major", EvidenceKind = "Interruption", EvidenceId = $"int-{breachId:N}",
        Description = "Interruption ran past its threshold", FactAt = DateTimeOffset.UtcNow.AddHours(-1), BreachVersion = 1, OccurredAt = DateTimeOffset.UtcNow,
    };

    private async Task<List<KnownBreach>> KnownOfAsync(Guid agreementId)
    {
        await using var scope = _disputes.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DisputesDbContext>().Set<KnownBreach>().AsNoTracking().Where(b => b.AgreementId == agreementId).ToListAsync();
    }

    private async Task<List<Guid>> KnownComplaintsOfAsync(Guid agreementId)
    {
        await using var scope = _disputes.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DisputesDbContext>().Set<KnownComplaint>()
            .Where(c => c.AgreementId == agreementId).Select(c => c.ComplaintId).ToListAsync();
    }

    private async Task<KnownBreach?> KnownAsync(Guid breachId)
    {
        await using var scope = _disputes.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DisputesDbContext>().Set<KnownBreach>().AsNoTracking().SingleOrDefaultAsync(b => b.BreachId == breachId);
    }
}
