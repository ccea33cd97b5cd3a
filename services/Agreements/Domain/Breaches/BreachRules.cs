using Platform.SharedKernel;

namespace Platform.Agreements.Domain.Breaches;

/// <summary>
/// The decisions of section 4 of the commitment, as pure functions of the facts the other contexts report.
/// Each returns the breach it finds, or null when the fact is no breach. A fact that happened while the
/// agreement was not active (<c>agreementWasActive</c> false) is never a breach. Malformed facts are an
/// invalid argument; a deadline judged before it came is a failed precondition.
/// </summary>
public static class BreachRules
{
    /// <summary>
    /// A missed complaint clock. First response or solution-or-update (2.3.1) is a minor breach (4.1); the
    /// resolution deadline of a major complaint is a major breach (4.2.2). A normal complaint has no
    /// resolution deadline under the commitment, so that clock missed on one is no breach.
    /// </summary>
    public static BreachFinding? ForMissedClock(SlaClockMissed fact, bool agreementWasActive)
    {
        ArgumentNullException.ThrowIfNull(fact);
        BreachText.RequireId(fact.AgreementId, "agreement_id");
        RequireDefined(fact.ComplaintSeverity, "complaint_severity");
        var evidence = BreachEvidence.ForMissedClock(fact.ComplaintId, fact.Clock, fact.DueAt);
        if (!agreementWasActive)
        {
            return null;
        }

        var due = BreachText.Instant(fact.DueAt);
        return fact.Clock switch
        {
            SlaClock.FirstResponse => Found(fact.AgreementId, BreachClause.ResponseTime, evidence, $"No first response to complaint {evidence.Id} by {due}", fact.DueAt),
            SlaClock.SolutionOrUpdate => Found(fact.AgreementId, BreachClause.ResponseTime, evidence, $"No solution or progress update on complaint {evidence.Id} by {due}", fact.DueAt),
            SlaClock.MajorResolution when fact.ComplaintSeverity == ComplaintSeverity.Major =>
                Found(fact.AgreementId, BreachClause.MajorComplaint, evidence, $"Major complaint {evidence.Id} not resolved by {due}", fact.DueAt),
            _ => null,
        };
    }

    /// <summary>4.2.2: a solution clearly below industry standard is a major breach.</summary>
    public static BreachFinding? ForSolutionBelowStandard(SolutionBelowStandard fact, bool agreementWasActive)
    {
        ArgumentNullException.ThrowIfNull(fact);
        BreachText.RequireId(fact.AgreementId, "agreement_id");
        var evidence = BreachEvidence.ForSolutionBelowStandard(fact.ComplaintId);
        return agreementWasActive
            ? Found(fact.AgreementId, BreachClause.MajorComplaint, evidence, $"Solution to complaint {evidence.Id} marked clearly below industry standard", fact.MarkedAt)
            : null;
    }

    /// <summary>
    /// 2.3.2: a resolution rate (resolved / filed × 100) below its target percent is a minor breach (4.1). A rate
    /// exactly at the target meets it; a period with no complaints filed has no rate and is no breach.
    /// </summary>
    public static BreachFinding? ForResolutionPeriod(ResolutionPeriodClosed fact, decimal targetPercent, bool agreementWasActive)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var evidence = BreachEvidence.ForResolutionPeriod(fact.AgreementId, fact.PeriodStart, fact.Scope);
        RequireResolutionCounts(fact, targetPercent);
        // Compared without dividing, so no rounding can move a rate across its target.
        if (!agreementWasActive || fact.Filed == 0 || fact.Resolved * 100m >= targetPercent * fact.Filed)
        {
            return null;
        }

        var rate = fact.Resolved * 100m / fact.Filed;
        var what = fact.Scope == ResolutionScope.Major ? "Major-complaint resolution rate" : "Resolution rate";
        return Found(
            fact.AgreementId,
            BreachClause.ResolutionRate,
            evidence,
            $"{what} {BreachText.Rate(rate)} in {BreachText.Period(fact.PeriodStart, fact.PeriodEnd)} below target {BreachText.Percent(targetPercent)}",
            fact.PeriodEnd);
    }

    /// <summary>Clauses 1.3, 4.2.1: when an interruption becomes major, if it has not ended by then.</summary>
    public static DateTimeOffset InterruptionDeadline(DateTimeOffset startedAt, TimeSpan threshold)
    {
        if (threshold <= TimeSpan.Zero)
        {
            throw RuleViolationException.Invalid("threshold", "The interruption threshold N must be longer than zero.");
        }

        return startedAt + threshold;
    }

    /// <summary>
    /// 4.2.1: a continuous interruption caused by the promisor longer than N (1.3) is a major breach. One that
    /// ended at or before start + N, or that the promisor did not cause, is none. With no end known, it can
    /// be judged only from start + N on.
    /// </summary>
    public static BreachFinding? ForInterruption(InterruptionThresholdReached fact, bool agreementWasActive, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(fact);
        BreachText.RequireId(fact.AgreementId, "agreement_id");
        var evidence = BreachEvidence.ForInterruption(fact.InterruptionId);
        var deadline = InterruptionDeadline(fact.StartedAt, fact.Threshold);
        if (fact.EndedAt < fact.StartedAt)
        {
            throw RuleViolationException.Invalid("ended_at", "An interruption cannot end before it started.");
        }

        // EndedAt <= deadline is false while the interruption goes on.
        if (!agreementWasActive || !fact.CausedByPromisor || fact.EndedAt <= deadline)
        {
            return null;
        }

        if (fact.EndedAt is null && now < deadline)
        {
            throw RuleViolationException.Precondition(
                "breach.threshold_not_reached",
                BreachClause.MajorInterruption.Number,
                $"Interruption {evidence.Id} is still going on but has not lasted {BreachText.Duration(fact.Threshold)} yet; judge it at {BreachText.Instant(deadline)} or when it ends.");
        }

        return Found(
            fact.AgreementId,
            BreachClause.MajorInterruption,
            evidence,
            $"Interruption {evidence.Id} caused by the promisor lasted longer than {BreachText.Duration(fact.Threshold)}",
            deadline);
    }

    /// <summary>
    /// 4.2.3: the deadline to rectify a low survey score, K calendar months after the report was received. Counted
    /// in UTC, so it is the same whatever offset the time arrives with; a day the month lacks becomes its last
    /// day (31 January + 1 month = 28 or 29 February).
    /// </summary>
    public static DateTimeOffset RectificationDeadline(DateTimeOffset reportReceivedAt, int rectificationMonths)
    {
        if (rectificationMonths is < 1 or > 1200)
        {
            throw RuleViolationException.Invalid("rectification_months", "The rectification period K must be between 1 and 1200 months.");
        }

        return reportReceivedAt.ToUniversalTime().AddMonths(rectificationMonths);
    }

    /// <summary>
    /// 4.2.3: a survey score below the floor S (2.3.3) not rectified within K months of receiving the report is a
    /// major breach. A score at the floor meets it; a rectification exactly at the deadline is in time.
    /// </summary>
    public static BreachFinding? ForUnrectifiedSurvey(RectificationDeadlinePassed fact, bool agreementWasActive, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(fact);
        BreachText.RequireId(fact.AgreementId, "agreement_id");
        var evidence = BreachEvidence.ForSurvey(fact.SurveyId);
        var deadline = RectificationDeadline(fact.ReportReceivedAt, fact.RectificationMonths);
        // RectifiedAt <= deadline is false while it is not rectified.
        if (!agreementWasActive || fact.Score >= fact.Floor || fact.RectifiedAt <= deadline)
        {
            return null;
        }

        if (fact.RectifiedAt is null && now < deadline)
        {
            throw RuleViolationException.Precondition(
                "breach.rectification_not_due",
                BreachClause.UnrectifiedSurvey.Number,
                $"Survey {evidence.Id} may still be rectified until {BreachText.Instant(deadline)}; judge it then.");
        }

        var months = fact.RectificationMonths == 1 ? "1 month" : $"{fact.RectificationMonths} months";
        return Found(
            fact.AgreementId,
            BreachClause.UnrectifiedSurvey,
            evidence,
            $"Survey {evidence.Id} score {BreachText.Number(fact.Score)} below floor {BreachText.Number(fact.Floor)} not rectified within {months} of the report received {BreachText.Date(fact.ReportReceivedAt)}",
            deadline);
    }

    private static BreachFinding Found(Guid agreementId, BreachClause clause, BreachEvidence evidence, string description, DateTimeOffset factAt) =>
        new(agreementId, clause, evidence, description, factAt);

    private static void RequireResolutionCounts(ResolutionPeriodClosed fact, decimal targetPercent)
    {
        if (fact.PeriodEnd <= fact.PeriodStart)
        {
            throw RuleViolationException.Invalid("period_end", "The period must end after it starts.");
        }

        if (fact.Filed < 0)
        {
            throw RuleViolationException.Invalid("filed", "The number of complaints filed cannot be negative.");
        }

        if (fact.Resolved < 0 || fact.Resolved > fact.Filed)
        {
            throw RuleViolationException.Invalid("resolved", $"The number of complaints resolved must be between 0 and the {fact.Filed} filed.");
        }

        if (targetPercent is < 0 or > 100)
        {
            throw RuleViolationException.Invalid("target_percent", "The resolution rate target must be a percentage between 0 and 100.");
        }
    }

    private static void RequireDefined<TEnum>(TEnum value, string field)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw RuleViolationException.Invalid(field, $"{field} has no value {value}.");
        }
    }
}
