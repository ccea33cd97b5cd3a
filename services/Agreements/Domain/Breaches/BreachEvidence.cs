using Platform.SharedKernel;

namespace Platform.Agreements.Domain.Breaches;

/// <summary>
/// The fact that proves a breach: its kind, the id of the thing in the context that owns it, and a
/// deterministic <see cref="Key"/>. The same fact always gives the same key, so with a unique index on
/// (agreement id, key) it never makes two breaches of one agreement.
/// </summary>
public sealed record BreachEvidence
{
    // Also the constructor EF Core binds when it reads evidence back.
    private BreachEvidence(EvidenceKind kind, string id, string key)
    {
        Kind = kind;
        Id = id;
        Key = key;
    }

    public EvidenceKind Kind { get; }

    /// <summary>The id of the complaint, interruption or survey; for a period, agreement, start date and scope.</summary>
    public string Id { get; }

    /// <summary>Deterministic key of the fact, e.g. <c>complaint:{id}:first_response</c> or <c>interruption:{id}</c>.</summary>
    public string Key { get; }

    /// <summary>
    /// A missed complaint clock (2.3.1, 4.2.2). The solution-or-update clock restarts with each progress update
    /// and so can be missed again: its key carries the due time (UTC, to the second) to tell the misses apart.
    /// </summary>
    public static BreachEvidence ForMissedClock(Guid complaintId, SlaClock clock, DateTimeOffset dueAt)
    {
        BreachText.RequireId(complaintId, "complaint_id");
        var id = complaintId.ToString("D");
        var key = clock switch
        {
            SlaClock.FirstResponse => $"complaint:{id}:first_response",
            SlaClock.SolutionOrUpdate => $"complaint:{id}:solution_or_update:{BreachText.Instant(dueAt)}",
            SlaClock.MajorResolution => $"complaint:{id}:major_resolution",
            _ => throw RuleViolationException.Invalid("clock", $"Unknown SLA clock {clock}; use first response, solution or update, or major resolution."),
        };
        return new BreachEvidence(EvidenceKind.Complaint, id, key);
    }

    /// <summary>A complaint whose solution was marked clearly below industry standard (4.2.2).</summary>
    public static BreachEvidence ForSolutionBelowStandard(Guid complaintId)
    {
        BreachText.RequireId(complaintId, "complaint_id");
        var id = complaintId.ToString("D");
        return new BreachEvidence(EvidenceKind.Complaint, id, $"complaint:{id}:below_standard");
    }

    /// <summary>The resolution rate of a closed period (2.3.2); the period is named by its start date (UTC) and scope.</summary>
    public static BreachEvidence ForResolutionPeriod(Guid agreementId, DateTimeOffset periodStart, ResolutionScope scope)
    {
        BreachText.RequireId(agreementId, "agreement_id");
        var scopeText = scope switch
        {
            ResolutionScope.All => "all",
            ResolutionScope.Major => "major",
            _ => throw RuleViolationException.Invalid("scope", $"Unknown resolution scope {scope}; use all or major."),
        };
        var id = $"{agreementId:D}:{BreachText.Date(periodStart)}:{scopeText}";
        return new BreachEvidence(EvidenceKind.ResolutionPeriod, id, $"period:{id}");
    }

    /// <summary>A service interruption (4.2.1).</summary>
    public static BreachEvidence ForInterruption(Guid interruptionId)
    {
        BreachText.RequireId(interruptionId, "interruption_id");
        var id = interruptionId.ToString("D");
        return new BreachEvidence(EvidenceKind.Interruption, id, $"interruption:{id}");
    }

    /// <summary>A third-party survey whose low score was not rectified in time (4.2.3).</summary>
    public static BreachEvidence ForSurvey(Guid surveyId)
    {
        BreachText.RequireId(surveyId, "survey_id");
        var id = surveyId.ToString("D");
        return new BreachEvidence(EvidenceKind.Survey, id, $"survey:{id}");
    }
}
