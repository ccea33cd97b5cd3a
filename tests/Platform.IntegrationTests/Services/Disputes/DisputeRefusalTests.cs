using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Platform.Contracts.Disputes.V1;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Disputes;

/// <summary>What OpenDispute and the changes of a case refuse, with the field or rule named.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class DisputeRefusalTests(PlatformInfrastructure infrastructure, DisputesFixture disputes)
    : IClassFixture<DisputesFixture>, IAsyncLifetime
{
    private static readonly Dictionary<string, (Action<OpenDisputeRequest> Spoil, string Field)> s_invalidOpenings = new()
    {
        ["request_id missing"] = (r => r.RequestId = string.Empty, "request_id"),
        ["request_id malformed"] = (r => r.RequestId = "not-a-uuid", "request_id"),
        ["claimant missing"] = (r => r.Claimant = null, "claimant.role"),
        ["claimant name missing"] = (r => r.Claimant.Name = " ", "claimant.name"),
        ["respondent missing"] = (r => r.Respondent = null, "respondent.role"),
        ["both parties customers"] = (r => r.Respondent.Role = PartyRole.Customer, "respondent.role"),
        ["subject missing"] = (r => r.Subject = string.Empty, "subject"),
        ["claims missing"] = (r => r.Claims.Clear(), "claims"),
        ["claim amount not a number"] = (r => r.Claims[0].Amount.Amount = "five thousand", "claims.amount"),
        ["claim amount negative"] = (r => r.Claims[0].Amount.Amount = "-5000", "claims.amount"),
        ["claim currency missing"] = (r => r.Claims[0].Amount.CurrencyCode = string.Empty, "claims.currency"),
        ["breach id malformed"] = (r => r.BreachIds.Add("not-a-uuid"), "breach_ids"),
        ["negotiation begun in the future"] = (r => r.NegotiationStartedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddHours(1)), "negotiation_started_at"),
    };

    private DisputesService.DisputesServiceClient Client => disputes.Client;

    public static TheoryData<string> InvalidOpenings => [.. s_invalidOpenings.Keys];

    public static TheoryData<string> ChangeRpcs => [.. DisputeRequests.ChangeRpcs];

    public static TheoryData<string, string> DateFields =>
        new() { { "RecordArbitrationHearing", "hearing_date" }, { "RecordAward", "award_date" }, { "RecordCourtHearing", "hearing_date" }, { "RecordJudgment", "judgment_date" } };

    public Task InitializeAsync() => disputes.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(InvalidOpenings))]
    public async Task Invalid_opening_is_INVALID_ARGUMENT_naming_the_field_and_opens_nothing(string opening)
    {
        var agreementId = await disputes.ActiveAgreementAsync();
        var request = DisputeRequests.Open(agreementId);
        s_invalidOpenings[opening].Spoil(request);

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.OpenDisputeAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(s_invalidOpenings[opening].Field, Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
        await NothingOpenedAsync(agreementId);
    }

    [Fact]
    public async Task Opening_under_an_agreement_that_does_not_exist_is_FAILED_PRECONDITION()
    {
        var agreementId = Guid.NewGuid().ToString();

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.OpenDisputeAsync(DisputeRequests.Open(agreementId)).ResponseAsync);

        AssertPrecondition(error, "agreement_id");
        await NothingOpenedAsync(agreementId);
    }

    [Fact]
    public async Task Negotiation_begun_before_any_terms_were_in_force_is_FAILED_PRECONDITION()
    {
        var agreementId = await disputes.ActiveAgreementAsync();
        var request = DisputeRequests.Open(agreementId);
        request.NegotiationStartedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(-3));

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.OpenDisputeAsync(request).ResponseAsync);

        AssertPrecondition(error, "negotiation_started_at");
        await NothingOpenedAsync(agreementId);
    }

    [Fact]
    public async Task Negotiation_begun_before_the_case_was_logged_counts_its_period_from_that_start()
    {
        var request = DisputeRequests.Open(await disputes.ActiveAgreementAsync());
        var began = DateTimeOffset.UtcNow.AddSeconds(-50);
        began = began.AddTicks(-(began.Ticks % 10)); // the microsecond PostgreSQL keeps, which the service cuts to
        request.NegotiationStartedAt = Timestamp.FromDateTimeOffset(began);

        var dispute = (await Client.OpenDisputeAsync(request)).Dispute;

        Assert.Equal(request.NegotiationStartedAt, dispute.NegotiationStartedAt);
        Assert.Equal(began.AddDays(dispute.Terms.NegotiationMaxDays), dispute.NegotiationDeadline.ToDateTimeOffset());
        Assert.True(dispute.OpenedAt.ToDateTimeOffset() > began);
    }

    [Fact]
    public async Task Opening_on_a_breach_not_known_here_is_FAILED_PRECONDITION()
    {
        var agreementId = await disputes.ActiveAgreementAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.OpenDisputeAsync(DisputeRequests.Open(agreementId, Guid.NewGuid().ToString())).ResponseAsync);

        AssertPrecondition(error, "breach_ids");
        await NothingOpenedAsync(agreementId);
    }

    [Fact]
    public async Task Retrying_an_opening_with_the_same_request_id_returns_the_same_case()
    {
        var request = DisputeRequests.Open(await disputes.ActiveAgreementAsync());

        var first = (await Client.OpenDisputeAsync(request)).Dispute;
        var retry = (await Client.OpenDisputeAsync(request)).Dispute;

        Assert.Equal(first.Id, retry.Id);
        Assert.Single((await Client.ListDisputesAsync(new ListDisputesRequest { AgreementId = request.AgreementId })).Disputes);
    }

    [Fact]
    public async Task Reusing_a_request_id_for_other_content_is_ALREADY_EXISTS()
    {
        var request = DisputeRequests.Open(await disputes.ActiveAgreementAsync());
        await Client.OpenDisputeAsync(request);
        request.Subject = "Something else";

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.OpenDisputeAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.AlreadyExists, error.StatusCode);
        Assert.Single((await Client.ListDisputesAsync(new ListDisputesRequest { AgreementId = request.AgreementId })).Disputes);
    }

    [Fact]
    public async Task Submission_without_a_kind_or_without_a_document_reference_and_text_is_INVALID_ARGUMENT()
    {
        var dispute = await disputes.OpenDisputeAsync(await disputes.ActiveAgreementAsync());
        var withoutKind = DisputeRequests.AddSubmission(dispute.Id, dispute.Version);
        withoutKind.Kind = SubmissionKind.Unspecified;
        var withoutContent = DisputeRequests.AddSubmission(dispute.Id, dispute.Version);
        withoutContent.DocumentReference = string.Empty;

        var noKind = await Assert.ThrowsAsync<RpcException>(() => Client.AddSubmissionAsync(withoutKind).ResponseAsync);
        var noContent = await Assert.ThrowsAsync<RpcException>(() => Client.AddSubmissionAsync(withoutContent).ResponseAsync);

        Assert.Equal(
            [(StatusCode.InvalidArgument, "kind"), (StatusCode.InvalidArgument, "document_reference")],
            new[] { noKind, noContent }.Select(e => (e.StatusCode, Assert.Single(e.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field)));
    }

    [Fact]
    public async Task Arbitration_while_negotiation_is_open_is_FAILED_PRECONDITION()
    {
        var dispute = await disputes.OpenDisputeAsync(await disputes.ActiveAgreementAsync(), officer: DisputeRequests.Officer);

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.AdvanceToArbitrationAsync(DisputeRequests.Arbitrate(dispute.Id, dispute.Version)).ResponseAsync);

        AssertPrecondition(error, "5.2");
    }

    [Fact]
    public async Task Another_commission_needs_a_reason_and_with_one_it_is_recorded()
    {
        var dispute = await disputes.OpenDisputeAsync(await disputes.ActiveAgreementAsync(), officer: DisputeRequests.Officer, negotiationFailed: true);
        var request = DisputeRequests.Arbitrate(dispute.Id, dispute.Version);
        request.Commission = "Beijing Arbitration Commission";

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.AdvanceToArbitrationAsync(request).ResponseAsync);
        request.OverrideReason = "Both parties asked for a Beijing venue";
        var moved = (await Client.AdvanceToArbitrationAsync(request)).Dispute;

        AssertPrecondition(error, "5.2");
        Assert.Equal((DisputeStage.Arbitration, "Beijing Arbitration Commission", request.OverrideReason), (moved.Stage, moved.Arbitration.Commission, moved.Arbitration.OverrideReason));
    }

    [Fact]
    public async Task Award_before_arbitration_is_FAILED_PRECONDITION()
    {
        var dispute = await disputes.OpenDisputeAsync(await disputes.ActiveAgreementAsync(), officer: DisputeRequests.Officer, negotiationFailed: true);

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.RecordAwardAsync(DisputeRequests.Award(dispute.Id, dispute.Version)).ResponseAsync);

        AssertPrecondition(error, "5.2");
    }

    [Fact]
    public async Task Litigation_without_a_ground_is_FAILED_PRECONDITION()
    {
        var dispute = await disputes.OpenDisputeAsync(await disputes.ActiveAgreementAsync(), officer: DisputeRequests.Officer, negotiationFailed: true);
        var request = DisputeRequests.Litigate(dispute.Id, dispute.Version);
        request.Ground = LitigationGround.Unspecified;

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.AdvanceToLitigationAsync(request).ResponseAsync);

        AssertPrecondition(error, "5.3");
    }

    [Theory]
    [MemberData(nameof(ChangeRpcs))]
    public async Task Settled_case_is_read_only(string rpc)
    {
        var dispute = await disputes.OpenDisputeAsync(await disputes.ActiveAgreementAsync(), officer: DisputeRequests.Officer);
        dispute = (await Client.RecordSettlementAsync(DisputeRequests.Settle(dispute.Id, dispute.Version))).Dispute;

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.CallAsync(rpc, dispute.Id, dispute.Version));

        AssertPrecondition(error, "dispute.status");
    }

    [Fact]
    public async Task Awarded_case_is_read_only()
    {
        var dispute = await disputes.OpenDisputeAsync(await disputes.ActiveAgreementAsync(), officer: DisputeRequests.Officer, negotiationFailed: true);
        dispute = (await Client.AdvanceToArbitrationAsync(DisputeRequests.Arbitrate(dispute.Id, dispute.Version))).Dispute;
        dispute = (await Client.RecordAwardAsync(DisputeRequests.Award(dispute.Id, dispute.Version))).Dispute;

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.CallAsync("WithdrawDispute", dispute.Id, dispute.Version));

        AssertPrecondition(error, "dispute.status");
    }

    [Theory]
    [MemberData(nameof(DateFields))]
    public async Task Impossible_date_is_INVALID_ARGUMENT_naming_the_date_field(string rpc, string field)
    {
        var dispute = await disputes.OpenDisputeAsync(await disputes.ActiveAgreementAsync(), officer: DisputeRequests.Officer);

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.CallAsync(rpc, dispute.Id, dispute.Version, date: "2026-13-01"));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(field, Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
    }

    private static void AssertPrecondition(RpcException error, string subject)
    {
        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal(subject, Assert.Single(error.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations).Subject);
    }

    private async Task NothingOpenedAsync(string agreementId) =>
        Assert.Empty((await Client.ListDisputesAsync(new ListDisputesRequest { AgreementId = agreementId })).Disputes);
}
