using System.Collections.Concurrent;
using Platform.Contracts.Events;
using Platform.Contracts.Events.Complaints;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Complaints;

/// <summary>Every event Complaints published on the test's virtual host, in the order it was received.</summary>
internal sealed class ComplaintEventLog
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(15);

    private readonly ConcurrentQueue<IntegrationEvent> _received = new();

    public void Add(IntegrationEvent integrationEvent) => _received.Enqueue(integrationEvent);

    /// <summary>The facts of type <typeparamref name="T"/> about one complaint received so far, oldest first.</summary>
    public IReadOnlyList<T> Of<T>(Guid complaintId)
        where T : ComplaintFact =>
        [.. _received.OfType<T>().Where(e => e.ComplaintId == complaintId)];

    /// <summary>The resolution rates measured for one agreement so far, oldest first.</summary>
    public IReadOnlyList<ResolutionRateMeasured> RatesOf(Guid agreementId) =>
        [.. _received.OfType<ResolutionRateMeasured>().Where(e => e.AgreementId == agreementId)];

    /// <summary>Waits for the first fact of type <typeparamref name="T"/> about the complaint that matches.</summary>
    public async Task<T> FirstAsync<T>(Guid complaintId, Func<T, bool>? match = null)
        where T : ComplaintFact
    {
        T? found = null;
        await Eventually.AssertAsync(
            () => Task.FromResult((found = Of<T>(complaintId).FirstOrDefault(e => match?.Invoke(e) ?? true)) is not null),
            s_timeout,
            $"{typeof(T).Name} of complaint {complaintId}");
        return found!;
    }

    /// <summary>Waits for the first ComplaintSlaBreached of one clock of the complaint.</summary>
    public Task<ComplaintSlaBreached> BreachAsync(Guid complaintId, string clock) =>
        FirstAsync<ComplaintSlaBreached>(complaintId, e => e.Clock == clock);

    /// <summary>Waits for the first ResolutionRateMeasured of the agreement's period starting at <paramref name="periodStart"/>.</summary>
    public async Task<ResolutionRateMeasured> RateAsync(Guid agreementId, DateTimeOffset periodStart)
    {
        ResolutionRateMeasured? found = null;
        await Eventually.AssertAsync(
            () => Task.FromResult((found = RatesOf(agreementId).FirstOrDefault(e => e.PeriodStart == periodStart)) is not null),
            s_timeout,
            $"ResolutionRateMeasured of agreement {agreementId} for the period from {periodStart:O}");
        return found!;
    }
}
