using Platform.SharedKernel;

namespace Platform.Agreements.Domain.Breaches;

/// <summary>
/// A clause of the commitment a breach is recorded under. <see cref="Number"/> is the document's own clause
/// number ("4.2.1"): it goes on the wire and into the database as it is, so an auditor reads the document's words.
/// </summary>
public sealed record BreachClause
{
    /// <summary>2.3.1: first response, or a solution or progress update, not given in time; minor by 4.1.</summary>
    public static readonly BreachClause ResponseTime =
        new("2.3.1", "4.1", BreachSeverity.Minor, "complaint response or solution-or-update time missed");

    /// <summary>2.3.2: complaint resolution rate (all, or major complaints) below target; minor by 4.1.</summary>
    public static readonly BreachClause ResolutionRate =
        new("2.3.2", "4.1", BreachSeverity.Minor, "complaint resolution rate below target");

    /// <summary>4.2.1: a continuous interruption caused by the promisor longer than N hours (1.3).</summary>
    public static readonly BreachClause MajorInterruption =
        new("4.2.1", "4.2.1", BreachSeverity.Major, "major service interruption");

    /// <summary>4.2.2: a major complaint not resolved within its time limit, or a solution clearly below industry standard.</summary>
    public static readonly BreachClause MajorComplaint =
        new("4.2.2", "4.2.2", BreachSeverity.Major, "major complaint unresolved in time, or solution clearly below industry standard");

    /// <summary>4.2.3: a survey score below S not rectified within K months of receiving the report.</summary>
    public static readonly BreachClause UnrectifiedSurvey =
        new("4.2.3", "4.2.3", BreachSeverity.Major, "survey score below floor not rectified in time");

    /// <summary>Every clause a breach can be recorded under, in document order.</summary>
    public static readonly IReadOnlyList<BreachClause> All =
        [ResponseTime, ResolutionRate, MajorInterruption, MajorComplaint, UnrectifiedSurvey];

    private BreachClause(string number, string severityClause, BreachSeverity initialSeverity, string title)
    {
        Number = number;
        SeverityClause = severityClause;
        InitialSeverity = initialSeverity;
        Title = title;
    }

    /// <summary>The document's clause number, e.g. <c>4.2.1</c>.</summary>
    public string Number { get; }

    /// <summary>The clause of section 4 that makes a breach of this clause minor or major, e.g. <c>4.1</c> for 2.3.1.</summary>
    public string SeverityClause { get; }

    /// <summary>The severity a breach of this clause is determined with (an officer may reclassify a minor one, 4.1).</summary>
    public BreachSeverity InitialSeverity { get; }

    /// <summary>What the clause is about, in a few words.</summary>
    public string Title { get; }

    /// <summary>The clause with this document number; unknown numbers are an invalid argument.</summary>
    public static BreachClause FromNumber(string number) =>
        All.FirstOrDefault(clause => clause.Number == number)
        ?? throw RuleViolationException.Invalid(
            "clause",
            $"'{number}' is not a clause a breach is recorded under; use one of {string.Join(", ", All.Select(clause => clause.Number))}.");

    public override string ToString() => Number;
}
