using Platform.Contracts.Disputes.V1;

namespace Platform.OfficerConsole.Cases;

/// <summary>What an officer can do to a case: the case page's buttons.</summary>
internal enum CaseActionKind
{
    AssignToMe,
    AddSubmission,
    DeclareNegotiationFailed,
    AdvanceToArbitration,
    RecordAward,
}

/// <summary>
/// The moves the rules of clause 5 allow on a case now, each with the reason when they do not: the case page shows
/// the allowed ones as buttons and the others disabled with their reason. The Disputes service checks the same rules
/// again (FAILED_PRECONDITION), so this only spares people buttons that would fail.
/// </summary>
internal static class CaseActions
{
    public static IReadOnlyList<PageAction<CaseActionKind>> For(Dispute dispute, string officer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(dispute);
        if (dispute.Status != DisputeStatus.Open)
        {
            var closed = $"The case is closed ({Words.Of(dispute.Status)}); a closed case is read-only.";
            return PageAction<CaseActionKind>.NoneBecause(closed, Title);
        }

        var negotiationOpen = dispute.Stage == DisputeStage.Negotiation
            && dispute.NegotiationState == NegotiationState.Open
            && dispute.NegotiationDeadline.ToDateTimeOffset() > now;
        var noOfficer = dispute.AssignedOfficer.Length == 0 ? "No officer is assigned to the case yet; assign one first." : null;

        string? DuringNegotiation() => dispute.Stage != DisputeStage.Negotiation
            ? $"The case is in {Words.Of(dispute.Stage)}; this is done only during negotiation."
            : negotiationOpen ? null : $"Negotiation has ended ({NegotiationEnd(dispute, now)}).";

        string? ToArbitration() => dispute.Stage != DisputeStage.Negotiation
            ? $"The case is in {Words.Of(dispute.Stage)} already."
            : negotiationOpen
                ? $"Negotiation is still open ({DaysLeft.Text(dispute.NegotiationDeadline.ToDateTimeOffset(), now)}) and has not been declared failed."
                : noOfficer;

        return
        [
            new(CaseActionKind.AssignToMe, Title(CaseActionKind.AssignToMe), dispute.AssignedOfficer == officer ? "You are the case's officer." : null),
            new(CaseActionKind.AddSubmission, Title(CaseActionKind.AddSubmission), DuringNegotiation()),
            new(CaseActionKind.DeclareNegotiationFailed, Title(CaseActionKind.DeclareNegotiationFailed), DuringNegotiation()),
            new(CaseActionKind.AdvanceToArbitration, Title(CaseActionKind.AdvanceToArbitration), ToArbitration()),
            new(CaseActionKind.RecordAward, Title(CaseActionKind.RecordAward), dispute.Stage == DisputeStage.Arbitration
                ? null
                : $"The case is in {Words.Of(dispute.Stage)}; an award is recorded only in arbitration."),
        ];
    }

    private static string NegotiationEnd(Dispute dispute, DateTimeOffset now) =>
        dispute.NegotiationState switch
        {
            NegotiationState.Failed => "declared failed",
            NegotiationState.Settled => "settled",
            _ when dispute.NegotiationDeadline.ToDateTimeOffset() <= now => "its period expired",
            _ => Words.Of(dispute.NegotiationState),
        };

    private static string Title(CaseActionKind kind) => kind switch
    {
        CaseActionKind.AssignToMe => "Assign to me",
        CaseActionKind.AddSubmission => "Add a written submission",
        CaseActionKind.DeclareNegotiationFailed => "Declare negotiation failed",
        CaseActionKind.AdvanceToArbitration => "Advance to arbitration",
        CaseActionKind.RecordAward => "Record the award",
        _ => kind.ToString(),
    };
}
