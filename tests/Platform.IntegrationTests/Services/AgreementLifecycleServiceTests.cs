using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Agreements.Data;
using Platform.Agreements.Grpc;
using Platform.Contracts.Agreements.V1;
using Platform.IntegrationTests.Infrastructure;
using Platform.Messaging.Outbox;

namespace Platform.IntegrationTests.Services;

/// <summary>Terms, drafts, lifecycle and listing of the Agreements API against real PostgreSQL and RabbitMQ.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class AgreementLifecycleServiceTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private ServiceFactory<AgreementsGrpcService> _agreements = null!;
    private AgreementsService.AgreementsServiceClient _client = null!;

    public async Task InitializeAsync()
    {
        _agreements = new ServiceFactory<AgreementsGrpcService>(await infrastructure.CreateDatabaseAsync(), await infrastructure.CreateVirtualHostAsync());
        _client = new AgreementsService.AgreementsServiceClient(_agreements.Channel);
    }

    public async Task DisposeAsync() => await _agreements.DisposeAsync();

    [Fact]
    public async Task Agreement_keeps_its_parties_scope_and_terms()
    {
        var request = AgreementRequests.Create();

        var created = (await _client.CreateAgreementAsync(request)).Agreement;
        var read = (await _client.GetAgreementAsync(new GetAgreementRequest { AgreementId = created.Id })).Agreement;

        var calendar = read.Terms.ServiceCalendar.BusinessHours;
        Assert.Equal(["2026-10-01", "2026-10-02"], calendar.Holidays);
        Assert.Empty(calendar.HolidaysIcal);
        Assert.Equal(request.Terms.ServiceCalendar.BusinessHours.WeeklySchedule, calendar.WeeklySchedule);
        read.Terms.ServiceCalendar = request.Terms.ServiceCalendar;
        Assert.Equal(request.Terms, read.Terms);
        Assert.Equal(request.Scope, read.Scope);
        Assert.Equal(request.Promisor.AuthorisedSubsidiaries, read.Promisor.AuthorisedSubsidiaries);
        Assert.Equal(request.Customer.Contact, read.Customer.Contact);
        Assert.Equal(0, read.TermsVersion);
    }

    [Fact]
    public async Task Draft_with_a_missing_term_cannot_be_signed_and_the_term_is_named()
    {
        var request = AgreementRequests.Create();
        request.Terms.ClearNegotiationMaxDays();
        var draft = (await _client.CreateAgreementAsync(request)).Agreement;

        var error = await Assert.ThrowsAsync<RpcException>(() => _client.SignAgreementAsync(
            new SignAgreementRequest { AgreementId = draft.Id, SignedBy = "Jane Signer", Version = draft.Version }).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal("terms.negotiation_max_days", Assert.Single(error.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations).Subject);
    }

    [Fact]
    public async Task Term_out_of_range_is_INVALID_ARGUMENT_naming_the_term()
    {
        var request = AgreementRequests.Create();
        request.Terms.ResolutionRateTarget = new Platform.Contracts.Common.V1.Decimal { Value = "120" };

        var error = await Assert.ThrowsAsync<RpcException>(() => _client.CreateAgreementAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("terms.resolution_rate_target", Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
    }

    [Fact]
    public async Task Unknown_time_zone_is_INVALID_ARGUMENT_naming_the_field()
    {
        var request = AgreementRequests.Create();
        request.Terms.ServiceCalendar.BusinessHours.TimeZone = "Mars/Olympus_Mons";

        var error = await Assert.ThrowsAsync<RpcException>(() => _client.CreateAgreementAsync(request).ResponseAsync);

        Assert.Equal("terms.service_calendar.business_hours.time_zone", Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
    }

    [Fact]
    public async Task Malformed_decimal_is_INVALID_ARGUMENT_naming_the_term()
    {
        var request = AgreementRequests.Create();
        request.Terms.FundingMinPercentOfRevenue = new Platform.Contracts.Common.V1.Decimal { Value = "2,5%" };

        var error = await Assert.ThrowsAsync<RpcException>(() => _client.CreateAgreementAsync(request).ResponseAsync);

        Assert.Equal("terms.funding_min_percent_of_revenue", Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
    }

    [Fact]
    public async Task Draft_can_be_updated_until_it_is_signed()
    {
        var draft = (await _client.CreateAgreementAsync(AgreementRequests.Create())).Agreement;
        var update = UpdateOf(draft);
        update.Customer.Name = "Initech";

        var updated = (await _client.UpdateDraftAsync(update)).Agreement;
        var signed = (await _client.SignAgreementAsync(new SignAgreementRequest { AgreementId = draft.Id, SignedBy = "Jane Signer", Version = updated.Version })).Agreement;
        var again = UpdateOf(signed);
        var error = await Assert.ThrowsAsync<RpcException>(() => _client.UpdateDraftAsync(again).ResponseAsync);

        Assert.Equal("Initech", updated.Customer.Name);
        Assert.Equal(draft.Version + 1, updated.Version);
        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
    }

    [Fact]
    public async Task Update_with_a_stale_version_is_ABORTED()
    {
        var draft = (await _client.CreateAgreementAsync(AgreementRequests.Create())).Agreement;
        await _client.UpdateDraftAsync(UpdateOf(draft));

        var error = await Assert.ThrowsAsync<RpcException>(() => _client.UpdateDraftAsync(UpdateOf(draft)).ResponseAsync);

        Assert.Equal(StatusCode.Aborted, error.StatusCode);
    }

    [Fact]
    public async Task Suspend_resume_terminate_follow_the_lifecycle()
    {
        var active = await AgreementRequests.CreateSignedAsync(_client);

        var suspended = (await _client.SuspendAgreementAsync(new SuspendAgreementRequest { AgreementId = active.Id, Version = active.Version, Reason = "unpaid invoices" })).Agreement;
        var resumed = (await _client.ResumeAgreementAsync(new ResumeAgreementRequest { AgreementId = active.Id, Version = suspended.Version })).Agreement;
        var terminated = (await _client.TerminateAgreementAsync(new TerminateAgreementRequest { AgreementId = active.Id, Version = resumed.Version, Reason = "customer left" })).Agreement;
        var error = await Assert.ThrowsAsync<RpcException>(() => _client.ResumeAgreementAsync(
            new ResumeAgreementRequest { AgreementId = active.Id, Version = terminated.Version }).ResponseAsync);

        Assert.Equal((AgreementStatus.Suspended, "unpaid invoices"), (suspended.Status, suspended.StatusReason));
        Assert.Equal(terminated, (await _client.GetAgreementAsync(new GetAgreementRequest { AgreementId = active.Id })).Agreement);
        Assert.Equal(AgreementStatus.Active, resumed.Status);
        Assert.Equal((AgreementStatus.Terminated, "customer left"), (terminated.Status, terminated.StatusReason));
        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
    }

    [Fact]
    public async Task Suspending_without_a_reason_is_INVALID_ARGUMENT()
    {
        var active = await AgreementRequests.CreateSignedAsync(_client);

        var error = await Assert.ThrowsAsync<RpcException>(() => _client.SuspendAgreementAsync(
            new SuspendAgreementRequest { AgreementId = active.Id, Version = active.Version }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    [Fact]
    public async Task Amended_terms_apply_from_their_effective_time_and_earlier_ones_before()
    {
        var active = await AgreementRequests.CreateSignedAsync(_client);
        var terms = AgreementRequests.CompleteTerms();
        terms.TeamMinHeadcount = 35;
        var from = DateTimeOffset.UtcNow.AddHours(1);

        var amended = await _client.AmendTermsAsync(new AmendTermsRequest
        {
            AgreementId = active.Id, Version = active.Version, Terms = terms, EffectiveFrom = Timestamp.FromDateTimeOffset(from), Reason = "team grows",
        });
        var before = (await _client.GetTermsAsync(new GetTermsRequest { AgreementId = active.Id, At = Timestamp.FromDateTimeOffset(from.AddSeconds(-1)) })).TermsVersion;
        var after = (await _client.GetTermsAsync(new GetTermsRequest { AgreementId = active.Id, At = Timestamp.FromDateTimeOffset(from) })).TermsVersion;

        Assert.Equal(2, amended.TermsVersion.Number);
        Assert.Equal((1, 20), (before.Number, before.Terms.TeamMinHeadcount));
        Assert.Equal((2, 35), (after.Number, after.Terms.TeamMinHeadcount));
        Assert.Equal("team grows", after.Reason);
        await Eventually.AssertAsync(() => OutboxHasAsync("AgreementTermsAmended", active.Id), TimeSpan.FromSeconds(5), "AgreementTermsAmended in the outbox");
    }

    [Fact]
    public async Task Backdated_amendment_is_INVALID_ARGUMENT()
    {
        var active = await AgreementRequests.CreateSignedAsync(_client);

        var error = await Assert.ThrowsAsync<RpcException>(() => _client.AmendTermsAsync(new AmendTermsRequest
        {
            AgreementId = active.Id,
            Version = active.Version,
            Terms = AgreementRequests.CompleteTerms(),
            EffectiveFrom = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(-1)),
            Reason = "backdated",
        }).ResponseAsync);

        Assert.Equal("effective_from", Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
    }

    [Fact]
    public async Task A_draft_has_no_terms_in_force()
    {
        var draft = (await _client.CreateAgreementAsync(AgreementRequests.Create())).Agreement;

        var error = await Assert.ThrowsAsync<RpcException>(() => _client.GetTermsAsync(new GetTermsRequest { AgreementId = draft.Id }).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task Listing_pages_through_a_customers_agreements_newest_first()
    {
        var customer = $"cust-{Guid.NewGuid():N}";
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await _client.CreateAgreementAsync(AgreementRequests.Create(customerId: customer))).Agreement.Id);
        }

        var seen = new List<string>();
        var token = string.Empty;
        var pages = 0;
        do
        {
            var page = await _client.ListAgreementsAsync(new ListAgreementsRequest { CustomerId = customer, PageSize = 2, PageToken = token });
            seen.AddRange(page.Agreements.Select(a => a.Id));
            token = page.NextPageToken;
            pages++;
        }
        while (token.Length > 0);

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Reverse(ids), seen);
    }

    [Fact]
    public async Task Listing_filters_by_status()
    {
        var customer = $"cust-{Guid.NewGuid():N}";
        await _client.CreateAgreementAsync(AgreementRequests.Create(customerId: customer));
        var draft = (await _client.CreateAgreementAsync(AgreementRequests.Create(customerId: customer))).Agreement;
        await _client.SignAgreementAsync(new SignAgreementRequest { AgreementId = draft.Id, SignedBy = "Jane Signer", Version = draft.Version });

        var active = await _client.ListAgreementsAsync(new ListAgreementsRequest { CustomerId = customer, Status = AgreementStatus.Active });

        Assert.Equal(draft.Id, Assert.Single(active.Agreements).Id);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("AAAA")]
    public async Task Foreign_page_token_is_INVALID_ARGUMENT(string token)
    {
        var agreements = await Assert.ThrowsAsync<RpcException>(() => _client.ListAgreementsAsync(new ListAgreementsRequest { PageToken = token }).ResponseAsync);
        var breaches = await Assert.ThrowsAsync<RpcException>(() => _client.ListBreachesAsync(new ListBreachesRequest { PageToken = token }).ResponseAsync);

        Assert.Equal((StatusCode.InvalidArgument, StatusCode.InvalidArgument), (agreements.StatusCode, breaches.StatusCode));
    }

    [Fact]
    public async Task Negative_page_size_is_INVALID_ARGUMENT()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => _client.ListAgreementsAsync(new ListAgreementsRequest { PageSize = -1 }).ResponseAsync);

        Assert.Equal("page_size", Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
    }

    [Fact]
    public async Task Compliance_report_of_a_draft_is_FAILED_PRECONDITION()
    {
        var draft = (await _client.CreateAgreementAsync(AgreementRequests.Create())).Agreement;

        var error = await Assert.ThrowsAsync<RpcException>(() => _client.GetComplianceReportAsync(new GetComplianceReportRequest
        {
            AgreementId = draft.Id, PeriodStart = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(-1)), PeriodEnd = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow),
        }).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
    }

    public static TheoryData<string> RpcsTakingAnAgreementId =>
        ["GetAgreement", "UpdateDraft", "SignAgreement", "SuspendAgreement", "ResumeAgreement", "TerminateAgreement", "AmendTerms", "GetTerms", "ListBreaches", "GetComplianceReport"];

    [Theory]
    [MemberData(nameof(RpcsTakingAnAgreementId))]
    public async Task Every_RPC_names_a_malformed_agreement_id(string rpc)
    {
        const string Bad = "not-a-uuid";
        Func<Task> call = rpc switch
        {
            "GetAgreement" => () => _client.GetAgreementAsync(new GetAgreementRequest { AgreementId = Bad }).ResponseAsync,
            "UpdateDraft" => () => _client.UpdateDraftAsync(UpdateOf(new Agreement { Id = Bad }, AgreementRequests.Create())).ResponseAsync,
            "SignAgreement" => () => _client.SignAgreementAsync(new SignAgreementRequest { AgreementId = Bad, SignedBy = "x" }).ResponseAsync,
            "SuspendAgreement" => () => _client.SuspendAgreementAsync(new SuspendAgreementRequest { AgreementId = Bad, Reason = "x" }).ResponseAsync,
            "ResumeAgreement" => () => _client.ResumeAgreementAsync(new ResumeAgreementRequest { AgreementId = Bad }).ResponseAsync,
            "TerminateAgreement" => () => _client.TerminateAgreementAsync(new TerminateAgreementRequest { AgreementId = Bad, Reason = "x" }).ResponseAsync,
            "AmendTerms" => () => _client.AmendTermsAsync(new AmendTermsRequest { AgreementId = Bad, Terms = AgreementRequests.CompleteTerms(), Reason = "x" }).ResponseAsync,
            "GetTerms" => () => _client.GetTermsAsync(new GetTermsRequest { AgreementId = Bad }).ResponseAsync,
            "ListBreaches" => () => _client.ListBreachesAsync(new ListBreachesRequest { AgreementId = Bad }).ResponseAsync,
            _ => () => _client.GetComplianceReportAsync(new GetComplianceReportRequest
            {
                AgreementId = Bad, PeriodStart = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(-1)), PeriodEnd = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow),
            }).ResponseAsync,
        };

        var error = await Assert.ThrowsAsync<RpcException>(call);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("agreement_id", Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
    }

    private static UpdateDraftRequest UpdateOf(Agreement agreement, CreateAgreementRequest? content = null)
    {
        content ??= AgreementRequests.Create();
        return new UpdateDraftRequest
        {
            AgreementId = agreement.Id,
            Version = agreement.Version,
            Promisor = content.Promisor,
            Customer = content.Customer,
            EffectiveFrom = content.EffectiveFrom,
            ExpiresAt = content.ExpiresAt,
            Scope = content.Scope,
            Terms = content.Terms,
        };
    }

    private async Task<bool> OutboxHasAsync(string eventName, string agreementId)
    {
        await using var scope = _agreements.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AgreementsDbContext>();
        var rows = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.MessageType.EndsWith("." + eventName)).ToListAsync();
        return rows.Any(m => m.Payload.Contains(agreementId, StringComparison.Ordinal));
    }
}
