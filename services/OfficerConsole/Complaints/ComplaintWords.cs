using Platform.Contracts.Complaints.V1;

namespace Platform.OfficerConsole.Complaints;

/// <summary>The Complaints wire enums as people read them: "in progress", "first response".</summary>
internal static class ComplaintWords
{
    public static string Of(ComplaintStatus status) => status switch
    {
        ComplaintStatus.Received => "received",
        ComplaintStatus.Acknowledged => "acknowledged",
        ComplaintStatus.InProgress => "in progress",
        ComplaintStatus.Resolved => "resolved",
        ComplaintStatus.Closed => "closed",
        ComplaintStatus.Reopened => "reopened",
        ComplaintStatus.Withdrawn => "withdrawn",
        _ => "unknown",
    };

    public static string Of(ComplaintSeverity severity) => severity switch
    {
        ComplaintSeverity.Normal => "normal",
        ComplaintSeverity.Major => "major",
        _ => "unknown",
    };

    public static string Of(ClockKind kind) => kind switch
    {
        ClockKind.FirstResponse => "first response",
        ClockKind.SolutionOrUpdate => "solution or update",
        ClockKind.MajorResolution => "major resolution",
        _ => "unknown clock",
    };

    public static string Of(ClockState state) => state switch
    {
        ClockState.Running => "running",
        ClockState.Paused => "paused (waiting on the customer)",
        ClockState.Met => "met",
        ClockState.Missed => "missed",
        ClockState.Stopped => "stopped",
        _ => "unknown",
    };
}
