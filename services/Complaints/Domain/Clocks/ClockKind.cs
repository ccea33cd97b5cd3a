namespace Platform.Complaints.Domain.Clocks;

/// <summary>The clocks of a complaint.</summary>
public enum ClockKind
{
    /// <summary>Clause 2.3.1: first response within <c>first_response_within</c>.</summary>
    FirstResponse = 1,

    /// <summary>Clause 2.3.1: a solution or a progress update within <c>solution_or_update_within</c>; each update restarts it.</summary>
    SolutionOrUpdate = 2,

    /// <summary>Clause 4.2.2: a major complaint resolved within <c>major_resolution_within</c>.</summary>
    MajorResolution = 3,
}

/// <summary>Where each clock comes from in the agreement.</summary>
public static class ClockKinds
{
    /// <summary>The clause that sets the clock's allowance: "2.3.1" or "4.2.2".</summary>
    public static string Clause(this ClockKind kind) => kind switch
    {
        ClockKind.FirstResponse or ClockKind.SolutionOrUpdate => "2.3.1",
        ClockKind.MajorResolution => "4.2.2",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown clock kind."),
    };
}
