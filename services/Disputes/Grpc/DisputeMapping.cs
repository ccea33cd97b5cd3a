using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Platform.Disputes.Domain;
using Platform.SharedKernel;
using Proto = Platform.Contracts.Disputes.V1;

namespace Platform.Disputes.Grpc;

/// <summary>Domain ↔ wire. The domain enums carry the wire enums' numbers (checked by a test), so they convert by value.</summary>
internal static class DisputeMapping
{
    public static Proto.Dispute ToProto(this Dispute dispute, DateTimeOffset now) => new()
    {
        Id = dispute.Id.ToString(),
        AgreementId = dispute.AgreementId.ToString(),
        Claimant = ToProto(dispute.Claimant),
        Respondent = ToProto(dispute.Respondent),
        Subject = dispute.Subject,
        Claims = { dispute.Claims.Select(ToProto) },
        BreachIds = { dispute.BreachIds.Select(id => id.ToString()) },
        ComplaintIds = { dispute.ComplaintIds.Select(id => id.ToString()) },
        Terms = new Proto.DisputeTerms
        {
            TermsVersion = dispute.Terms.TermsVersion,
            NegotiationMaxDays = dispute.Terms.NegotiationMaxDays,
            ArbitrationCommission = dispute.Terms.ArbitrationCommission,
            LitigationVenue = dispute.Terms.LitigationVenue,
        },
        Stage = (Proto.DisputeStage)(int)dispute.Stage,
        Status = (Proto.DisputeStatus)(int)dispute.Status,
        NegotiationState = (Proto.NegotiationState)(int)dispute.NegotiationStateAt(now),
        NegotiationStartedAt = Timestamp.FromDateTimeOffset(dispute.NegotiationStartedAt),
        NegotiationDeadline = Timestamp.FromDateTimeOffset(dispute.NegotiationDeadline),
        AssignedOfficer = dispute.AssignedOfficer ?? string.Empty,
        Submissions = { dispute.Submissions.Select(ToProto) },
        SettlementTerms = dispute.SettlementTerms ?? string.Empty,
        Arbitration = dispute.Arbitration is { } arbitration ? ToProto(arbitration) : null,
        Litigation = dispute.Litigation is { } litigation ? ToProto(litigation) : null,
        OpenedAt = Timestamp.FromDateTimeOffset(dispute.OpenedAt),
        ClosedAt = dispute.ClosedAt is { } closed ? Timestamp.FromDateTimeOffset(closed) : null,
        Version = dispute.Version,
    };

    public static Proto.TimelineEntry ToProto(this TimelineEntry entry) => new()
    {
        Sequence = entry.Sequence,
        At = Timestamp.FromDateTimeOffset(entry.At),
        Actor = entry.Actor,
        Action = entry.Action,
        Detail = entry.Detail,
        Stage = (Proto.DisputeStage)(int)entry.Stage,
        Status = (Proto.DisputeStatus)(int)entry.Status,
    };

    public static Party ToDomain(Proto.Party? party, string field) =>
        Party.Of(party?.Name, (PartyRole)(int)(party?.Role ?? Proto.PartyRole.Unspecified), field);

    public static Claim ToDomain(Proto.Claim claim)
    {
        if (claim.Amount is null)
        {
            return Claim.Of(claim.Text, null, null);
        }

        return decimal.TryParse(claim.Amount.Amount, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            ? Claim.Of(claim.Text, amount, claim.Amount.CurrencyCode)
            : throw RuleViolationException.Invalid("claims.amount", "claims.amount must be a positive decimal number like \"1250.50\".");
    }

    /// <summary>A date on the wire, "YYYY-MM-DD".</summary>
    public static DateOnly Date(string value, string field) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw RuleViolationException.Invalid(field, $"{field} must be a date like 2026-12-10.");

    private static string Text(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    private static Proto.Party ToProto(Party party) => new() { Name = party.Name, Role = (Proto.PartyRole)(int)party.Role };

    private static Proto.Claim ToProto(Claim claim) => new()
    {
        Text = claim.Text,
        Amount = claim.Amount is { } amount
            ? new Contracts.Common.V1.Money { Amount = amount.ToString(CultureInfo.InvariantCulture), CurrencyCode = claim.Currency ?? string.Empty }
            : null,
    };

    private static Proto.Submission ToProto(Submission submission) => new()
    {
        Sequence = submission.Sequence,
        Kind = (Proto.SubmissionKind)(int)submission.Kind,
        Author = submission.Author,
        SubmittedAt = Timestamp.FromDateTimeOffset(submission.SubmittedAt),
        DocumentReference = submission.DocumentReference ?? string.Empty,
        Text = submission.Text ?? string.Empty,
        Document = submission.Document?.ToProto(),
    };

    public static Proto.Document ToProto(this SubmittedDocument document) => new()
    {
        Id = document.Id.ToString(),
        FileName = document.FileName,
        ContentType = document.ContentType,
        SizeBytes = document.SizeBytes,
        Sha256 = document.Sha256,
    };

    private static Proto.Hearing ToProto(Hearing hearing) => new() { Date = Text(hearing.Date), Note = hearing.Note };

    private static Proto.Arbitration ToProto(ArbitrationProceeding arbitration) => new()
    {
        Commission = arbitration.Commission,
        OverrideReason = arbitration.OverrideReason ?? string.Empty,
        CaseNumber = arbitration.CaseNumber ?? string.Empty,
        Hearings = { arbitration.Hearings.Select(ToProto) },
        AwardDate = Text(arbitration.Award?.Date),
        AwardSummary = arbitration.Award?.Summary ?? string.Empty,
    };

    private static Proto.Litigation ToProto(LitigationProceeding litigation) => new()
    {
        Ground = (Proto.LitigationGround)(int)litigation.Ground,
        GroundReference = litigation.GroundReference,
        Court = litigation.Court,
        CaseNumber = litigation.CaseNumber ?? string.Empty,
        Hearings = { litigation.Hearings.Select(ToProto) },
        JudgmentDate = Text(litigation.Judgment?.Date),
        JudgmentSummary = litigation.Judgment?.Summary ?? string.Empty,
    };
}
