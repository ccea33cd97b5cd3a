namespace Platform.Agreements.Domain.Breaches;

/// <summary>The complaint clocks whose miss is a breach.</summary>
public enum SlaClock
{
    /// <summary>Clause 2.3.1: first response within X hours of receipt.</summary>
    FirstResponse,

    /// <summary>Clause 2.3.1: a solution or a progress update within Y hours; each update restarts it.</summary>
    SolutionOrUpdate,

    /// <summary>Clause 4.2.2: a major complaint resolved within its time limit.</summary>
    MajorResolution,
}
