using System.Diagnostics;
using System.Diagnostics.Metrics;
using Platform.Complaints.Domain;
using Platform.Complaints.Domain.Clocks;
using Platform.ServiceDefaults;

namespace Platform.Complaints.Messaging;

/// <summary>The Complaints context's counters, on the platform's domain meter.</summary>
internal static class ComplaintsMetrics
{
    private static readonly Meter s_meter = new(PlatformMetrics.MeterName);

    private static readonly Counter<long> s_filed =
        s_meter.CreateCounter<long>("platform.complaints.filed", "{complaint}", "Complaints filed (committed), by severity");

    private static readonly Counter<long> s_clocksMissed =
        s_meter.CreateCounter<long>("platform.clocks.missed", "{clock}", "Complaint clocks that ran out, by clause and kind");

    /// <summary>Counts complaints once their filing has committed.</summary>
    public static void Filed(Complaint complaint) =>
        s_filed.Add(1, new KeyValuePair<string, object?>("complaint.severity", complaint.Severity.ToString()));

    /// <summary>
    /// Counts a miss when it is recorded in its transaction; a transaction that then fails and is retried (rare)
    /// counts it again. The exact count is the breaches' (Agreements' compliance report).
    /// </summary>
    public static void ClockMissed(ClockKind kind) => s_clocksMissed.Add(1, ClockTags(kind));

    /// <summary>The tags of a clock series: its clause and its kind in snake_case ("first_response").</summary>
    public static TagList ClockTags(ClockKind kind) => new()
    {
        { "clock.clause", kind.Clause() },
        { "clock.kind", KindLabel(kind) },
    };

    private static string KindLabel(ClockKind kind) => kind switch
    {
        ClockKind.FirstResponse => "first_response",
        ClockKind.SolutionOrUpdate => "solution_or_update",
        ClockKind.MajorResolution => "major_resolution",
        _ => kind.ToString(),
    };
}
