using Platform.Complaints.Domain;
using Platform.Complaints.Domain.Clocks;
using Platform.Complaints.Messaging;
using Platform.ServiceDefaults.Metrics;

namespace Platform.Complaints.Data;

/// <summary>
/// <c>platform.clocks</c>: clocks running now in open complaints, by clause, kind and state (<c>running</c>, or
/// <c>at_risk</c> once half its time is used). One pass over the open complaints' clocks (JSON) per sample.
/// </summary>
internal sealed class ClockGauges : ISampledGauges
{
    public const string Name = "platform.clocks";

    private static readonly string[] s_states = ["running", "at_risk"];

    private static readonly string s_openStatuses = string.Join(
        ", ",
        new[] { ComplaintStatus.Received, ComplaintStatus.Acknowledged, ComplaintStatus.InProgress, ComplaintStatus.Reopened }
            .Select(s => $"'{s}'"));

    public IReadOnlyList<GaugeDefinition> Gauges { get; } =
        [new(Name, "{clock}", "Complaint clocks running in open complaints, by clause, kind and state (running, at_risk)")];

    public async Task<IReadOnlyList<GaugeReading>> ReadAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<ComplaintsDbContext>();
        var rows = await DatabaseCounts.ReadAsync(
            db,
            $"""
            SELECT clock->>'kind', CASE WHEN (clock->>'atRiskRaised')::int > 0 THEN 'at_risk' ELSE 'running' END, count(*)
            FROM complaints c CROSS JOIN LATERAL jsonb_array_elements(c.clocks) AS clock
            WHERE c.status IN ({s_openStatuses}) AND clock->>'state' = '{ClockState.Running}'
            GROUP BY 1, 2
            """,
            cancellationToken);

        // Every series, zero included, so a clause with nothing running shows 0 rather than no line.
        return [.. Enum.GetValues<ClockKind>().SelectMany(kind => s_states.Select(state =>
        {
            var count = rows.Where(r => r.Keys[0] == kind.ToString() && r.Keys[1] == state).Sum(r => r.Count);
            var tags = ComplaintsMetrics.ClockTags(kind);
            tags.Add("clock.state", state);
            return new GaugeReading(Name, count, tags);
        }))];
    }
}
