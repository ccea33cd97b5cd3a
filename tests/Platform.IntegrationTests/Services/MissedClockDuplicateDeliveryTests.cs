using System.Diagnostics.Metrics;
using Platform.Contracts.Agreements.V1;
using Platform.IntegrationTests.Infrastructure;
using Platform.Messaging;

namespace Platform.IntegrationTests.Services;

/// <summary>
/// The fault tests' switch (<c>RabbitMq:DuplicateEveryDelivery</c>) still hands Agreements' batch consumer of missed
/// clocks every delivery twice, and the inbox still drops the copies.
/// </summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class MissedClockDuplicateDeliveryTests(PlatformInfrastructure infrastructure, DuplicatingMissedClockBatchFixture agreements)
    : IClassFixture<DuplicatingMissedClockBatchFixture>, IAsyncLifetime
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(20);

    public Task InitializeAsync() => agreements.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Burst_delivered_twice_makes_one_breach_per_fact_and_the_inbox_skips_the_copies()
    {
        var draft = (await agreements.Client.CreateAgreementAsync(AgreementRequests.Create())).Agreement;
        var agreement = (await agreements.Client.SignAgreementAsync(new SignAgreementRequest { AgreementId = draft.Id, SignedBy = "Jane Signer", Version = draft.Version })).Agreement;
        var facts = Enumerable.Range(0, 10).Select(_ => (Fact: BreachFacts.MissedClock(agreement.Id), MessageId: Guid.NewGuid())).ToList();
        long skipped = 0;
        using var duplicates = new MeterListener();
        duplicates.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == MessagingTelemetry.Name && instrument.Name == "platform.inbox.duplicates")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        duplicates.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref skipped, value));
        duplicates.Start();

        await agreements.PublishAllAsync(facts);

        IReadOnlyList<Breach> breaches = [];
        await Eventually.AssertAsync(
            async () => (breaches = (await agreements.Client.ListBreachesAsync(new ListBreachesRequest { AgreementId = agreement.Id, PageSize = 100 })).Breaches).Count >= facts.Count,
            s_timeout,
            $"{facts.Count} breaches");
        foreach (var (_, messageId) in facts)
        {
            await Eventually.AssertAsync(() => Task.FromResult(agreements.Consumed.TimesConsumed(messageId) >= 1), s_timeout, $"message {messageId} consumed");
        }

        Assert.Equal(facts.Select(f => f.Fact.ComplaintId).Order(), breaches.Select(b => Guid.Parse(b.Evidence.Id)).Order());
        Assert.True(Interlocked.Read(ref skipped) > 0, "no copy was skipped by the inbox: the duplication switch did not reach the batch consumer");
    }
}
