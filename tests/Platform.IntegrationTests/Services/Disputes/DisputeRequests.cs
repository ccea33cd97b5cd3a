using Platform.Contracts.Common.V1;
using Platform.Contracts.Disputes.V1;

namespace Platform.IntegrationTests.Services.Disputes;

/// <summary>Valid Disputes requests by default; each test changes only what it is about.</summary>
internal static class DisputeRequests
{
    public const string Officer = "officer-li";
    public const string HeadOfDisputes = "head-of-disputes";

    /// <summary>Every RPC that changes a case (and takes its version).</summary>
    public static readonly string[] ChangeRpcs =
    [
        "AssignOfficer", "AddSubmission", "DeclareNegotiationFailed", "RecordSettlement", "AdvanceToArbitration", "RecordArbitrationHearing",
        "RecordAward", "RecordCaseNumber", "AdvanceToLitigation", "RecordCourtHearing", "RecordJudgment", "WithdrawDispute",
    ];

    public static OpenDisputeRequest Open(string agreementId, string? breachId = null) => new()
    {
        RequestId = Guid.NewGuid().ToString(),
        AgreementId = agreementId,
        Claimant = new Party { Name = "Globex Corporation", Role = PartyRole.Customer },
        Respondent = new Party { Name = "ACME Services Ltd", Role = PartyRole.Promisor },
        Subject = "Late first responses",
        Claims = { new Claim { Text = "Compensation for late responses", Amount = new Money { Amount = "5000", CurrencyCode = "CNY" } } },
        BreachIds = { breachId is null ? Array.Empty<string>() : new[] { breachId } },
        Actor = "intake-desk",
    };

    public static AssignOfficerRequest Assign(string id, long version, string officer = Officer) =>
        new() { DisputeId = id, Version = version, Actor = HeadOfDisputes, Officer = officer };

    public static AddSubmissionRequest AddSubmission(string id, long version) => new()
    {
        DisputeId = id, Version = version, Actor = Officer, Kind = SubmissionKind.Letter, Author = "Globex legal", DocumentReference = "LTR-2026-001",
    };

    public static DeclareNegotiationFailedRequest Fail(string id, long version) =>
        new() { DisputeId = id, Version = version, Actor = Officer, Reason = "No agreement on the compensation" };

    public static RecordSettlementRequest Settle(string id, long version) =>
        new() { DisputeId = id, Version = version, Actor = Officer, SettlementTerms = "Credit of one month's fees" };

    public static AdvanceToArbitrationRequest Arbitrate(string id, long version) => new() { DisputeId = id, Version = version, Actor = Officer };

    public static RecordArbitrationHearingRequest ArbitrationHearing(string id, long version, string? date = null) =>
        new() { DisputeId = id, Version = version, Actor = Officer, HearingDate = date ?? "2027-01-10", Note = "Both parties heard" };

    public static RecordAwardRequest Award(string id, long version, string? date = null) =>
        new() { DisputeId = id, Version = version, Actor = Officer, AwardDate = date ?? "2027-01-15", Summary = "Credit of two months' fees" };

    public static RecordCaseNumberRequest CaseNumber(string id, long version, string caseNumber = "SHIAC-2026-0042") =>
        new() { DisputeId = id, Version = version, Actor = Officer, CaseNumber = caseNumber };

    public static AdvanceToLitigationRequest Litigate(string id, long version) => new()
    {
        DisputeId = id, Version = version, Actor = Officer, Ground = LitigationGround.PartiesAgreedLitigation, GroundReference = "Written litigation agreement of 2026-12-01",
    };

    public static RecordCourtHearingRequest CourtHearing(string id, long version, string? date = null) =>
        new() { DisputeId = id, Version = version, Actor = Officer, HearingDate = date ?? "2027-02-10", Note = "First hearing" };

    public static RecordJudgmentRequest Judgment(string id, long version, string? date = null) =>
        new() { DisputeId = id, Version = version, Actor = Officer, JudgmentDate = date ?? "2027-03-01", Summary = "Compensation of 5000 CNY" };

    public static WithdrawDisputeRequest Withdraw(string id, long version) =>
        new() { DisputeId = id, Version = version, Actor = Officer, Reason = "The claimant dropped the case" };

    /// <summary>Calls the named RPC of <see cref="ChangeRpcs"/> (or GetDispute / GetTimeline) with a valid request for the case, <paramref name="date"/> as the date of a dated one.</summary>
    public static Task CallAsync(this DisputesService.DisputesServiceClient client, string rpc, string id, long version = 1, string? date = null) => rpc switch
    {
        "GetDispute" => client.GetDisputeAsync(new GetDisputeRequest { DisputeId = id }).ResponseAsync,
        "GetTimeline" => client.GetTimelineAsync(new GetTimelineRequest { DisputeId = id }).ResponseAsync,
        "AssignOfficer" => client.AssignOfficerAsync(Assign(id, version, "officer-other")).ResponseAsync,
        "AddSubmission" => client.AddSubmissionAsync(AddSubmission(id, version)).ResponseAsync,
        "DeclareNegotiationFailed" => client.DeclareNegotiationFailedAsync(Fail(id, version)).ResponseAsync,
        "RecordSettlement" => client.RecordSettlementAsync(Settle(id, version)).ResponseAsync,
        "AdvanceToArbitration" => client.AdvanceToArbitrationAsync(Arbitrate(id, version)).ResponseAsync,
        "RecordArbitrationHearing" => client.RecordArbitrationHearingAsync(ArbitrationHearing(id, version, date)).ResponseAsync,
        "RecordAward" => client.RecordAwardAsync(Award(id, version, date)).ResponseAsync,
        "RecordCaseNumber" => client.RecordCaseNumberAsync(CaseNumber(id, version)).ResponseAsync,
        "AdvanceToLitigation" => client.AdvanceToLitigationAsync(Litigate(id, version)).ResponseAsync,
        "RecordCourtHearing" => client.RecordCourtHearingAsync(CourtHearing(id, version, date)).ResponseAsync,
        "RecordJudgment" => client.RecordJudgmentAsync(Judgment(id, version, date)).ResponseAsync,
        "WithdrawDispute" => client.WithdrawDisputeAsync(Withdraw(id, version)).ResponseAsync,
        _ => throw new ArgumentOutOfRangeException(nameof(rpc), rpc, "not a Disputes RPC taking a dispute_id"),
    };
}
