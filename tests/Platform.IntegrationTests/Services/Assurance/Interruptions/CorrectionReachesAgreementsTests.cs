using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Agreements.V1;
using Platform.Contracts.Events.Assurance;
using Platform.IntegrationTests.Infrastructure;
using Platform.Messaging.Deadlines;

namespace Platform.IntegrationTests.Services.Assurance.Interruptions;

/// <summary>
/// Agreements honours InterruptionCorrected: its clause 4.2.1 deadline follows the corrected start, cause and
/// scope, so a correction can make a short interruption a major breach or take the deadline away.
/// </summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class CorrectionReachesAgreementsTests(PlatformInfrastructure infrastructure, BreachLedgerFixture ledger)
    : IClassFixture<BreachLedgerFixture>, IAsyncLifetime
{
    private const string ThresholdDeadline = "breach.interruption_threshold";
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(20);

    public Task InitializeAsync() => ledger.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Start_corrected_earlier_makes_an_interruption_that_ended_in_time_a_major_breach()
    {
        var (promisor, agreementId) = await SignedAsync();
        var started = Started(promisor, DateTimeOffset.UtcNow.AddSeconds(-20), agreementId);
        await ConsumedAsync(started);
        await ConsumedAsync(Ended(started, started.StartedAt.AddSeconds(10)));
        Assert.Equal(DeadlineStatus.Cancelled, (await ledger.DeadlineAsync(ThresholdDeadline, Key(started, agreementId)))!.Status);

        await PublishAsync(Corrected(started, ["started_at"]) with { StartedAt = started.StartedAt.AddMinutes(-5), EndedAt = started.StartedAt.AddSeconds(10) });

        var breach = await SingleBreachAsync(agreementId);
        Assert.Equal(("4.2.1", BreachSeverity.Major, started.InterruptionId.ToString()), (breach.Clause, breach.Severity, breach.Evidence.Id));
    }

    [Fact]
    public async Task Interruption_corrected_to_not_caused_by_the_promisor_loses_its_deadline()
    {
        var (promisor, agreementId) = await SignedAsync();
        var started = Started(promisor, DateTimeOffset.UtcNow.AddSeconds(-5), agreementId);
        await ConsumedAsync(started);
        Assert.Equal(DeadlineStatus.Pending, (await ledger.DeadlineAsync(ThresholdDeadline, Key(started, agreementId)))!.Status);

        await ConsumedAsync(Corrected(started, ["caused_by_promisor"]) with { CausedByPromisor = false });

        Assert.Equal(DeadlineStatus.Cancelled, (await ledger.DeadlineAsync(ThresholdDeadline, Key(started, agreementId)))!.Status);
        Assert.Empty(await BreachesAsync(agreementId));
    }

    [Fact]
    public async Task Scope_correction_moves_the_deadline_to_the_agreements_now_affected()
    {
        var (promisor, first) = await SignedAsync();
        var (_, second) = await SignedAsync(promisor);
        var started = Started(promisor, DateTimeOffset.UtcNow.AddSeconds(-5), first);
        await ConsumedAsync(started);

        await ConsumedAsync(Corrected(started, ["scope"]) with { AffectedAgreementIds = [second] });

        Assert.Equal(DeadlineStatus.Cancelled, (await ledger.DeadlineAsync(ThresholdDeadline, Key(started, first)))!.Status);
        var moved = await ledger.DeadlineAsync(ThresholdDeadline, Key(started, second));
        Assert.Equal((DeadlineStatus.Pending, started.StartedAt.AddSeconds(60)), (moved!.Status, moved.DueAt));
    }

    [Fact]
    public async Task Correction_arriving_before_the_start_is_applied_once_the_start_has_arrived()
    {
        var (promisor, agreementId) = await SignedAsync();
        var started = Started(promisor, DateTimeOffset.UtcNow.AddSeconds(-20), agreementId);

        await PublishAsync(Corrected(started, ["started_at"]) with { StartedAt = started.StartedAt.AddMinutes(-5) });
        await PublishAsync(started);

        var breach = await SingleBreachAsync(agreementId);
        Assert.Equal("4.2.1", breach.Clause);
    }

    [Fact]
    public async Task Correction_carrying_an_end_not_yet_received_judges_the_deadline_with_it()
    {
        var (promisor, agreementId) = await SignedAsync();
        var started = Started(promisor, DateTimeOffset.UtcNow.AddSeconds(-20), agreementId);
        await ConsumedAsync(started);

        // Corrected after an end at start + 10 s that has not reached Agreements yet.
        await ConsumedAsync(Corrected(started, ["started_at"]) with { StartedAt = started.StartedAt.AddSeconds(5), EndedAt = started.StartedAt.AddSeconds(10) });

        // Ended 5 s after the corrected start, well within N = 60 s: no deadline left to run.
        Assert.Equal(DeadlineStatus.Cancelled, (await ledger.DeadlineAsync(ThresholdDeadline, Key(started, agreementId)))!.Status);
    }

    /// <summary>An interruption caused by the promisor; its start in whole microseconds, as the database keeps it.</summary>
    private static InterruptionStarted Started(string promisor, DateTimeOffset startedAt, Guid agreementId) => new()
    {
        InterruptionId = Guid.NewGuid(),
        PromisorId = promisor,
        AffectedAgreementIds = [agreementId],
        CausedByPromisor = true,
        StartedAt = startedAt.AddTicks(-(startedAt.UtcTicks % TimeSpan.TicksPerMicrosecond)),
        OccurredAt = startedAt,
    };

    private static InterruptionEnded Ended(InterruptionStarted started, DateTimeOffset endedAt) =>
        new() { InterruptionId = started.InterruptionId, EndedAt = endedAt, StartedAt = started.StartedAt, Duration = endedAt - started.StartedAt, OccurredAt = endedAt };

    /// <summary>The first correction of <paramref name="started"/>, as it stands until the test changes what it corrects.</summary>
    private static InterruptionCorrected Corrected(InterruptionStarted started, string[] changedFields) => new()
    {
        InterruptionId = started.InterruptionId,
        PromisorId = started.PromisorId,
        CorrectionNumber = 1,
        ChangedFields = changedFields,
        StartedAt = started.StartedAt,
        CausedByPromisor = started.CausedByPromisor,
        AffectedAgreementIds = started.AffectedAgreementIds,
        OccurredAt = DateTimeOffset.UtcNow,
    };

    private static string Key(InterruptionStarted started, Guid agreementId) => $"{started.InterruptionId}/{agreementId}";

    /// <summary>A signed agreement of <paramref name="promisor"/> (a new one when null), in force for the last hour, with N = 60 s.</summary>
    private async Task<(string Promisor, Guid AgreementId)> SignedAsync(string? promisor = null)
    {
        var request = AgreementRequests.Create();
        request.Promisor.OrganizationId = promisor ?? $"org-{Guid.NewGuid():N}";
        request.EffectiveFrom = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddHours(-1));
        var draft = (await ledger.Client.CreateAgreementAsync(request)).Agreement;
        await ledger.Client.SignAgreementAsync(new SignAgreementRequest { AgreementId = draft.Id, SignedBy = "Jane Signer", Version = draft.Version });
        return (request.Promisor.OrganizationId, Guid.Parse(draft.Id));
    }

    private async Task<Guid> PublishAsync<T>(T fact)
        where T : class
    {
        var messageId = Guid.NewGuid();
        await ledger.PublishAsync(fact, messageId);
        return messageId;
    }

    /// <summary>Publishes a fact and waits until Agreements has committed its effect.</summary>
    private async Task ConsumedAsync<T>(T fact)
        where T : class
    {
        var messageId = await PublishAsync(fact);
        await Eventually.AssertAsync(
            () =>
            {
                Assert.True(
                    ledger.Consumed.TimesConsumed(messageId) >= 1,
                    $"Agreements has not consumed {typeof(T).Name} {messageId}; last fault: {ledger.Consumed.FaultOf(messageId) ?? "none"}");
                return Task.CompletedTask;
            },
            s_timeout);
    }

    private async Task<IReadOnlyList<Breach>> BreachesAsync(Guid agreementId) =>
        (await ledger.Client.ListBreachesAsync(new ListBreachesRequest { AgreementId = agreementId.ToString() })).Breaches;

    private async Task<Breach> SingleBreachAsync(Guid agreementId)
    {
        await Eventually.AssertAsync(async () => (await BreachesAsync(agreementId)).Count > 0, s_timeout, $"a breach of agreement {agreementId}");
        return Assert.Single(await BreachesAsync(agreementId));
    }
}
