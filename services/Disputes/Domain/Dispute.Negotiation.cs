using System.Globalization;
using Platform.SharedKernel;

namespace Platform.Disputes.Domain;

/// <summary>Clause 5.1: negotiation in writing, until settled, declared failed, or the deadline passes.</summary>
public sealed partial class Dispute
{
    private const string NegotiationClause = "5.1";

    /// <summary>The negotiation as of <paramref name="now"/>: an open negotiation whose deadline passed is expired, recorded or not.</summary>
    public NegotiationState NegotiationStateAt(DateTimeOffset now) =>
        NegotiationState == NegotiationState.Open && now >= NegotiationDeadline ? NegotiationState.Expired : NegotiationState;

    /// <summary>
    /// A written submission (letter, email, minutes, settlement proposal), only while negotiation is open, with the
    /// document itself when one is attached.
    /// </summary>
    public void AddSubmission(
        string actor, SubmissionKind kind, string author, string? documentReference, string? text, long expectedVersion, DateTimeOffset now, SubmittedDocument? document = null)
    {
        var who = Begin(actor, expectedVersion);
        RequireNegotiationOpen(now, "a submission can be added");
        var submission = Submission.Of(Submissions.Count + 1, kind, author, now, documentReference, text, document, who);
        Submissions = [.. Submissions, submission];
        Commit(
            now,
            who,
            "SubmissionAdded",
            $"#{submission.Sequence} {kind} by {submission.Author}{(submission.DocumentReference is { } reference ? $" ({reference})" : string.Empty)}"
                + (document is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $", document {document.FileName} ({document.SizeBytes:N0} bytes, SHA-256 {document.Sha256[..12]}…)")),
            new SubmissionAdded(Version + 1, who, submission.Sequence, kind, now));
    }

    /// <summary>The parties settled while negotiation is open: the terms of settlement are recorded and the case closes as settled.</summary>
    public void RecordSettlement(string actor, string settlementTerms, long expectedVersion, DateTimeOffset now)
    {
        var who = Begin(actor, expectedVersion);
        RequireNegotiationOpen(now, "a settlement can be recorded");
        var terms = DisputeText.Required(settlementTerms, "settlement_terms", DisputeText.MaxLongText);
        NegotiationState = NegotiationState.Settled;
        SettlementTerms = terms;
        Close(DisputeStatus.Settled, now);
        Commit(now, who, "Settled", terms, new SettlementRecorded(Version + 1, who, now));
    }

    /// <summary>An officer declares the open negotiation failed; the case may then go to arbitration or litigation.</summary>
    public void DeclareNegotiationFailed(string actor, string reason, long expectedVersion, DateTimeOffset now)
    {
        var who = Begin(actor, expectedVersion);
        RequireNegotiationOpen(now, "negotiation can be declared failed");
        var why = DisputeText.Required(reason, "reason", DisputeText.MaxShortText);
        NegotiationState = NegotiationState.Failed;
        Commit(now, who, "NegotiationFailed", why, new NegotiationFailed(Version + 1, who, now));
    }

    /// <summary>
    /// Called by the deadline: an open negotiation whose deadline has come expires and raises
    /// <see cref="NegotiationPeriodExpired"/>. Returns false, changing nothing, before the deadline or when
    /// there is nothing left to expire (already expired, failed, settled, moved on, or closed).
    /// </summary>
    public bool ExpireNegotiation(DateTimeOffset now)
    {
        if (!ExpireIfDue(now))
        {
            return false;
        }

        Version++;
        return true;
    }

    /// <summary>Records the expiry as part of the change being made; the caller increments the version.</summary>
    private bool ExpireIfDue(DateTimeOffset now)
    {
        if (IsClosed || Stage != DisputeStage.Negotiation || NegotiationStateAt(now) != NegotiationState.Expired || NegotiationState == NegotiationState.Expired)
        {
            return false;
        }

        NegotiationState = NegotiationState.Expired;
        Record(now, SystemActor, "NegotiationPeriodExpired", $"The negotiation period of {Terms.NegotiationMaxDays} days ended at {DisputeText.Instant(NegotiationDeadline)} without settlement.");
        Raise(new NegotiationPeriodExpired(Version + 1, SystemActor, NegotiationDeadline, now));
        return true;
    }

    private void RequireNegotiationOpen(DateTimeOffset now, string what)
    {
        if (Stage != DisputeStage.Negotiation)
        {
            throw RuleViolationException.Precondition(
                "dispute.not_in_negotiation", NegotiationClause, $"Dispute {Id} is in {StageText}; {what} only during negotiation while it is open.");
        }

        var state = NegotiationStateAt(now);
        if (state != NegotiationState.Open)
        {
            var ended = state == NegotiationState.Expired
                ? $"its period ended at {DisputeText.Instant(NegotiationDeadline)}"
                : "it was declared failed";
            throw RuleViolationException.Precondition(
                "dispute.negotiation_not_open", NegotiationClause, $"Negotiation of dispute {Id} is no longer open: {ended}; {what} only while negotiation is open.");
        }
    }

    /// <summary>Leaving negotiation needs it failed or expired (recording an expiry that is due but not yet recorded).</summary>
    private void RequireNegotiationEnded(DateTimeOffset now, string clause, string move)
    {
        if (NegotiationStateAt(now) == NegotiationState.Open)
        {
            throw RuleViolationException.Precondition(
                "dispute.negotiation_still_open",
                clause,
                $"Dispute {Id} cannot {move}: negotiation is still open until {DisputeText.Instant(NegotiationDeadline)} and has not failed.");
        }
    }
}
