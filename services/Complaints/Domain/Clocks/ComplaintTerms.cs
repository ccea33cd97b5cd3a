using Platform.SharedKernel;
using Platform.SharedKernel.Calendar;

namespace Platform.Complaints.Domain.Clocks;

/// <summary>
/// The terms a complaint's clocks follow: those in force when it was received (DESIGN §3), kept with the
/// complaint so a later amendment never moves its clocks.
/// </summary>
public sealed record ComplaintTerms(
    int Version,
    TimeSpan FirstResponseWithin,
    TimeSpan SolutionOrUpdateWithin,
    TimeSpan MajorResolutionWithin,
    ServiceCalendar Calendar)
{
    /// <summary>The time a clock of <paramref name="kind"/> allows, counted in <see cref="Calendar"/>.</summary>
    public TimeSpan Allowance(ClockKind kind) => kind switch
    {
        ClockKind.FirstResponse => FirstResponseWithin,
        ClockKind.SolutionOrUpdate => SolutionOrUpdateWithin,
        ClockKind.MajorResolution => MajorResolutionWithin,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown clock."),
    };

    /// <summary>Refuses terms that cannot run a clock (they come from another context's facts).</summary>
    public ComplaintTerms Validated()
    {
        foreach (var kind in Enum.GetValues<ClockKind>())
        {
            if (Allowance(kind) <= TimeSpan.Zero)
            {
                throw RuleViolationException.Precondition(
                    "complaint.terms_unusable", "terms", $"Terms version {Version} allow no time for the {kind} clock; the agreement's terms must be amended.");
            }
        }

        return this;
    }
}
