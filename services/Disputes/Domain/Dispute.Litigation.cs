using Platform.SharedKernel;

namespace Platform.Disputes.Domain;

/// <summary>Clause 5.3: litigation on a documented ground before the court of the terms' venue, ending in a judgment.</summary>
public sealed partial class Dispute
{
    private const string LitigationClause = "5.3";

    /// <summary>
    /// Moves the case to court, from negotiation that failed or expired or from arbitration without an award,
    /// on a ground with its document: the decision that found the arbitration clause invalid, or the parties'
    /// written agreement to litigate. The court defaults to the terms' venue.
    /// </summary>
    public void AdvanceToLitigation(string officer, LitigationGround ground, string? groundReference, string? court, string? caseNumber, long expectedVersion, DateTimeOffset now)
    {
        var who = Begin(officer, expectedVersion);
        RequireAssignedOfficer("moves to litigation");
        if (Stage == DisputeStage.Litigation)
        {
            throw RuleViolationException.Precondition(
                "dispute.already_in_litigation", LitigationClause, $"Dispute {Id} is already in litigation.");
        }

        if (Stage == DisputeStage.Negotiation)
        {
            RequireNegotiationEnded(now, LitigationClause, "move to litigation");
        }

        var reference = RequireGround(ground, groundReference);
        var venue = DisputeText.OrNull(court, "court", DisputeText.MaxShortText) ?? Terms.LitigationVenue;
        var number = DisputeText.OrNull(caseNumber, "case_number", DisputeText.MaxShortText);
        ExpireIfDue(now);
        var from = StageText;
        Stage = DisputeStage.Litigation;
        Litigation = new LitigationProceeding(ground, reference, venue, number, [], null, now, who);
        Commit(now, who, "MovedToLitigation", $"From {from} on {ground} ({reference}) before {venue}.", new MovedToLitigation(Version + 1, who, ground, venue, now));
    }

    /// <summary>A hearing before the court.</summary>
    public void RecordCourtHearing(string actor, DateOnly date, string note, long expectedVersion, DateTimeOffset now)
    {
        var who = Begin(actor, expectedVersion);
        var litigation = RequireLitigation("a court hearing can be recorded");
        var hearing = new Hearing(date, DisputeText.Required(note, "note", DisputeText.MaxLongText));
        Litigation = litigation with { Hearings = [.. litigation.Hearings, hearing] };
        Commit(now, who, "CourtHearingRecorded", $"{date:yyyy-MM-dd}: {hearing.Note}", new CourtHearingRecorded(Version + 1, who, date, now));
    }

    /// <summary>The court's judgment: it closes the case as judged.</summary>
    public void RecordJudgment(string actor, DateOnly date, string summary, long expectedVersion, DateTimeOffset now)
    {
        var who = Begin(actor, expectedVersion);
        var litigation = RequireLitigation("a judgment can be recorded");
        var judgment = new Judgment(date, DisputeText.Required(summary, "summary", DisputeText.MaxLongText));
        Litigation = litigation with { Judgment = judgment };
        Close(DisputeStatus.Judged, now);
        Commit(now, who, "Judged", $"{date:yyyy-MM-dd}: {judgment.Summary}", new JudgmentRecorded(Version + 1, who, now));
    }

    private string RequireGround(LitigationGround ground, string? groundReference)
    {
        var needed = ground switch
        {
            LitigationGround.ArbitrationClauseInvalid => "the reference of the decision that found the arbitration clause invalid",
            LitigationGround.PartiesAgreedLitigation => "the reference of the parties' written agreement to litigate",
            _ => throw RuleViolationException.Precondition(
                "dispute.litigation_ground_missing",
                LitigationClause,
                $"Dispute {Id} can go to court only on a ground: ARBITRATION_CLAUSE_INVALID or PARTIES_AGREED_LITIGATION."),
        };
        return DisputeText.OrNull(groundReference, "ground_reference", DisputeText.MaxShortText)
            ?? throw RuleViolationException.Precondition(
                "dispute.litigation_ground_reference_missing", LitigationClause, $"Litigation on {ground} needs {needed}.");
    }

    private LitigationProceeding RequireLitigation(string what) =>
        Stage == DisputeStage.Litigation && Litigation is { } litigation
            ? litigation
            : throw RuleViolationException.Precondition(
                "dispute.not_in_litigation", LitigationClause, $"Dispute {Id} is in {StageText}; {what} only in litigation.");
}
