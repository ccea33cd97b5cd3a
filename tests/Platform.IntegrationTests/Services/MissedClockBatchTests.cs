using Platform.Contracts.Agreements.V1;
using Platform.Contracts.Events.Complaints;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services;

/// <summary>
/// Agreements consumes missed clocks in batches (one transaction for what arrives together): a burst of facts, with
/// copies, redeliveries and a bad fact among them, still makes exactly one breach per fact, and only the bad fact fails.
/// </summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class MissedClockBatchTests(PlatformInfrastructure infrastructure, MissedClockBatchFixture agreements)
    : IClassFixture<MissedClockBatchFixture>, IAsyncLifetime
{
    private const int Burst = 12;
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(20);

    public Task InitializeAsync() => agreements.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Burst_with_a_copy_inside_and_a_redelivered_recorded_fact_makes_one_breach_per_fact()
    {
        var agreement = await SignedAsync();
        var recorded = (Fact: BreachFacts.MissedClock(agreement.Id), MessageId: Guid.NewGuid());
        await agreements.PublishAllAsync([recorded]);
        await BreachCountAsync(agreement.Id, 1);
        var burst = Enumerable.Range(0, Burst).Select(_ => (Fact: BreachFacts.MissedClock(agreement.Id), MessageId: Guid.NewGuid())).ToList();

        // A copy of one message of the burst (same message id), the recorded fact redelivered and republished.
        var republished = (recorded.Fact, MessageId: Guid.NewGuid());
        await agreements.PublishAllAsync([.. burst, burst[3], recorded, republished]);

        await ConsumedAsync(burst[3].MessageId, times: 2);
        await ConsumedAsync(recorded.MessageId, times: 2);
        await ConsumedAsync(republished.MessageId);
        foreach (var (_, messageId) in burst)
        {
            await ConsumedAsync(messageId);
        }

        var breaches = await BreachesAsync(agreement.Id);
        Assert.Equal(
            burst.Select(f => f.Fact.ComplaintId).Append(recorded.Fact.ComplaintId).Order(),
            breaches.Select(b => Guid.Parse(b.Evidence.Id)).Order());
    }

    [Fact]
    public async Task Fact_that_breaks_a_rule_goes_to_the_error_queue_with_its_reason_and_the_rest_of_its_burst_is_recorded()
    {
        var agreement = await SignedAsync();
        var good = Enumerable.Range(0, Burst).Select(_ => (Fact: BreachFacts.MissedClock(agreement.Id), MessageId: Guid.NewGuid())).ToList();
        var bad = BreachFacts.MissedClock(agreement.Id) with { ComplaintId = Guid.Empty }; // no complaint: the rule refuses it
        var badMessage = (Fact: bad, MessageId: Guid.NewGuid());

        await agreements.PublishAllAsync([.. good[..6], badMessage, .. good[6..]]);

        await BreachCountAsync(agreement.Id, Burst);
        foreach (var (_, messageId) in good)
        {
            await ConsumedAsync(messageId);
        }

        // The management API answers with some delay after a move: poll (it may fail or be empty at first).
        var reason = string.Empty;
        await Eventually.AssertAsync(
            async () => reason = Assert.Single(await agreements.MissedClockErrorsAsync(), e => e.MessageId == badMessage.MessageId).Reason,
            s_timeout);
        Assert.Contains("complaint_id", reason, StringComparison.Ordinal);
        Assert.DoesNotContain(await agreements.MissedClockErrorsAsync(), e => good.Any(g => g.MessageId == e.MessageId));
        Assert.Equal(0, agreements.Consumed.TimesConsumed(badMessage.MessageId));
        Assert.Equal(
            good.Select(f => f.Fact.ComplaintId).Order(),
            (await BreachesAsync(agreement.Id)).Select(b => Guid.Parse(b.Evidence.Id)).Order());
    }

    [Fact]
    public async Task Misses_of_one_complaint_arriving_together_are_one_breach_each_with_its_own_due_time()
    {
        var agreement = await SignedAsync();
        var complaintId = Guid.NewGuid();
        // Whole seconds, as the database gives them back; after the agreement took effect (a minute ago).
        var due = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 20);
        ComplaintSlaBreached Missed(string clock, DateTimeOffset dueAt) =>
            BreachFacts.MissedClock(agreement.Id, clock: clock, dueAt: dueAt) with { ComplaintId = complaintId };

        // The first response missed, then the solution-or-update clock missed twice (each update restarts it),
        // and the second of those published again under a new message id.
        var firstResponse = Missed("FirstResponse", due);
        var update1 = Missed("SolutionOrUpdate", due.AddSeconds(5));
        var update2 = Missed("SolutionOrUpdate", due.AddSeconds(10));
        List<(ComplaintSlaBreached Fact, Guid MessageId)> facts =
            [(firstResponse, Guid.NewGuid()), (update1, Guid.NewGuid()), (update2, Guid.NewGuid()), (update2, Guid.NewGuid())];

        await agreements.PublishAllAsync(facts);

        foreach (var (_, messageId) in facts)
        {
            await ConsumedAsync(messageId);
        }

        var breaches = await BreachesAsync(agreement.Id);
        Assert.All(breaches, b => Assert.Equal((complaintId.ToString(), "2.3.1"), (b.Evidence.Id, b.Clause)));
        Assert.Equal(
            [firstResponse.DueAt, update1.DueAt, update2.DueAt],
            breaches.Select(b => b.FactAt.ToDateTimeOffset()).Order().ToList());
    }

    private async Task<Agreement> SignedAsync()
    {
        var draft = (await agreements.Client.CreateAgreementAsync(AgreementRequests.Create())).Agreement;
        return (await agreements.Client.SignAgreementAsync(new SignAgreementRequest { AgreementId = draft.Id, SignedBy = "Jane Signer", Version = draft.Version })).Agreement;
    }

    private Task ConsumedAsync(Guid messageId, int times = 1) =>
        Eventually.AssertAsync(
            () =>
            {
                Assert.True(
                    agreements.Consumed.TimesConsumed(messageId) >= times,
                    $"Agreements consumed message {messageId} {agreements.Consumed.TimesConsumed(messageId)} of {times} times; last fault: {agreements.Consumed.FaultOf(messageId) ?? "none"}");
                return Task.CompletedTask;
            },
            s_timeout);

    private async Task<IReadOnlyList<Breach>> BreachesAsync(string agreementId) =>
        (await agreements.Client.ListBreachesAsync(new ListBreachesRequest { AgreementId = agreementId, PageSize = 100 })).Breaches;

    private Task BreachCountAsync(string agreementId, int count) =>
        Eventually.AssertAsync(async () => (await BreachesAsync(agreementId)).Count >= count, s_timeout, $"{count} breaches of agreement {agreementId}");
}
