using Platform.Assurance.Domain.Funding;
using Platform.Assurance.Messaging.Funding;
using Platform.Messaging.Deadlines;

namespace Platform.Assurance.Tests.Funding;

public sealed class FundingDeadlinesTests
{
    private const string Promisor = "org-acme/branch-7";
    private static readonly DateTimeOffset s_now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Record_of_a_year_not_over_schedules_its_year_end_once()
    {
        var deadlines = new RecordedDeadlines();

        await new FundingDeadlines(deadlines).YearRecordedAsync(Promisor, 2026, s_now, CancellationToken.None);

        var (call, kind, key, dueAt) = Assert.Single(deadlines.Calls);
        Assert.Equal(("ensure", FundingDeadlines.YearEnd, new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero)), (call, kind, dueAt));
        Assert.Equal((Promisor, 2026), FundingDeadlines.ParseKey(kind, key));
    }

    [Fact]
    public async Task Each_record_of_a_year_already_over_schedules_an_assessment_of_its_own_due_at_once()
    {
        var deadlines = new RecordedDeadlines();
        var funding = new FundingDeadlines(deadlines);

        await funding.YearRecordedAsync(Promisor, 2025, s_now, CancellationToken.None);
        await funding.YearRecordedAsync(Promisor, 2025, s_now, CancellationToken.None);

        Assert.All(deadlines.Calls, c => Assert.Equal(("schedule", FundingDeadlines.Reassessment, FundingYear.EndOf(2025)), (c.Call, c.Kind, c.DueAt)));
        Assert.NotEqual(deadlines.Calls[0].Key, deadlines.Calls[1].Key);
        Assert.All(deadlines.Calls, c => Assert.Equal((Promisor, 2025), FundingDeadlines.ParseKey(c.Kind, c.Key)));
    }

    private sealed class RecordedDeadlines : IDeadlines
    {
        public List<(string Call, string Kind, string Key, DateTimeOffset DueAt)> Calls { get; } = [];

        public Task ScheduleAsync(string kind, string key, DateTimeOffset dueAt, CancellationToken cancellationToken)
        {
            Calls.Add(("schedule", kind, key, dueAt));
            return Task.CompletedTask;
        }

        public Task ScheduleAsync<TPayload>(string kind, string key, DateTimeOffset dueAt, TPayload payload, CancellationToken cancellationToken) =>
            ScheduleAsync(kind, key, dueAt, cancellationToken);

        public Task EnsureScheduledAsync(string kind, string key, DateTimeOffset dueAt, CancellationToken cancellationToken)
        {
            Calls.Add(("ensure", kind, key, dueAt));
            return Task.CompletedTask;
        }

        public Task<bool> CancelAsync(string kind, string key, CancellationToken cancellationToken) => Task.FromResult(false);
    }
}
