using Platform.SharedKernel;

namespace Platform.Disputes.Domain;

/// <summary>Clause 5.2: arbitration before the commission named in the terms, ending in a binding award.</summary>
public sealed partial class Dispute
{
    private const string ArbitrationClause = "5.2";

    /// <summary>
    /// Moves the case to arbitration once negotiation failed or expired. The commission defaults to the terms'
    /// one; another commission needs <paramref name="overrideReason"/>.
    /// </summary>
    public void AdvanceToArbitration(string officer, string? commission, string? overrideReason, string? caseNumber, long expectedVersion, DateTimeOffset now)
    {
        var who = Begin(officer, expectedVersion);
        RequireAssignedOfficer("moves to arbitration");
        if (Stage != DisputeStage.Negotiation)
        {
            throw RuleViolationException.Precondition(
                "dispute.not_in_negotiation", ArbitrationClause, $"Dispute {Id} is in {StageText}; only a case in negotiation can move to arbitration.");
        }

        RequireNegotiationEnded(now, ArbitrationClause, "move to arbitration");
        var named = DisputeText.OrNull(commission, "commission", DisputeText.MaxShortText) ?? Terms.ArbitrationCommission;
        var inTerms = string.Equals(named, Terms.ArbitrationCommission, StringComparison.OrdinalIgnoreCase);
        var reason = inTerms ? null : DisputeText.OrNull(overrideReason, "override_reason", DisputeText.MaxShortText);
        if (!inTerms && reason is null)
        {
            throw RuleViolationException.Precondition(
                "dispute.commission_not_in_terms",
                ArbitrationClause,
                $"The terms (version {Terms.TermsVersion}) name {Terms.ArbitrationCommission} as the arbitration commission; {named} may hear dispute {Id} only with a recorded override reason.");
        }

        var number = DisputeText.OrNull(caseNumber, "case_number", DisputeText.MaxShortText);
        ExpireIfDue(now);
        Stage = DisputeStage.Arbitration;
        Arbitration = new ArbitrationProceeding(inTerms ? Terms.ArbitrationCommission : named, reason, number, [], null, now, who);
        var detail = reason is null ? Arbitration.Commission : $"{Arbitration.Commission} instead of {Terms.ArbitrationCommission}: {reason}";
        Commit(now, who, "MovedToArbitration", detail, new MovedToArbitration(Version + 1, who, Arbitration.Commission, reason is not null, now));
    }

    /// <summary>A hearing before the commission.</summary>
    public void RecordArbitrationHearing(string actor, DateOnly date, string note, long expectedVersion, DateTimeOffset now)
    {
        var who = Begin(actor, expectedVersion);
        var arbitration = RequireArbitration("a hearing can be recorded");
        var hearing = new Hearing(date, DisputeText.Required(note, "note", DisputeText.MaxLongText));
        Arbitration = arbitration with { Hearings = [.. arbitration.Hearings, hearing] };
        Commit(now, who, "ArbitrationHearingRecorded", $"{date:yyyy-MM-dd}: {hearing.Note}", new ArbitrationHearingRecorded(Version + 1, who, date, now));
    }

    /// <summary>The commission's award: binding, it closes the case as awarded.</summary>
    public void RecordAward(string actor, DateOnly date, string summary, long expectedVersion, DateTimeOffset now)
    {
        var who = Begin(actor, expectedVersion);
        var arbitration = RequireArbitration("an award can be recorded");
        var award = new Award(date, DisputeText.Required(summary, "summary", DisputeText.MaxLongText));
        Arbitration = arbitration with { Award = award };
        Close(DisputeStatus.Awarded, now);
        Commit(now, who, "Awarded", $"{date:yyyy-MM-dd}: {award.Summary}", new AwardRecorded(Version + 1, who, now));
    }

    /// <summary>The commission's or the court's case number, once, for the stage the case is in.</summary>
    public void RecordCaseNumber(string actor, string caseNumber, long expectedVersion, DateTimeOffset now)
    {
        var who = Begin(actor, expectedVersion);
        var number = DisputeText.Required(caseNumber, "case_number", DisputeText.MaxShortText);
        var existing = Stage switch
        {
            DisputeStage.Arbitration => Arbitration!.CaseNumber,
            DisputeStage.Litigation => Litigation!.CaseNumber,
            _ => throw RuleViolationException.Precondition(
                "dispute.no_proceeding", "dispute.stage", $"Dispute {Id} is in negotiation; a case number belongs to arbitration or litigation."),
        };
        if (existing is not null)
        {
            throw RuleViolationException.Precondition(
                "dispute.case_number_recorded", "dispute.case_number", $"The {StageText} of dispute {Id} already has case number {existing}.");
        }

        Arbitration = Stage == DisputeStage.Arbitration ? Arbitration! with { CaseNumber = number } : Arbitration;
        Litigation = Stage == DisputeStage.Litigation ? Litigation! with { CaseNumber = number } : Litigation;
        Commit(now, who, "CaseNumberRecorded", $"{StageText}: {number}", new CaseNumberRecorded(Version + 1, who, Stage, number, now));
    }

    private ArbitrationProceeding RequireArbitration(string what) =>
        Stage == DisputeStage.Arbitration && Arbitration is { } arbitration
            ? arbitration
            : throw RuleViolationException.Precondition(
                "dispute.not_in_arbitration", ArbitrationClause, $"Dispute {Id} is in {StageText}; {what} only in arbitration.");
}
