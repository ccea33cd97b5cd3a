using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Platform.Contracts.Assurance.V1;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Assurance.Interruptions;

/// <summary>Reports of an interruption's start that Assurance refuses: everything is checked before anything is stored.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class ReportRefusalTests(PlatformInfrastructure infrastructure, AssuranceFixture assurance)
    : IClassFixture<AssuranceFixture>, IAsyncLifetime
{
    private InterruptionsService.InterruptionsServiceClient Client => new(assurance.Channel);

    public Task InitializeAsync() => assurance.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, string> InvalidReports => new()
    {
        { "no request id", "request_id" },
        { "malformed request id", "request_id" },
        { "no promisor", "promisor_id" },
        { "no start", "started_at" },
        { "start in the future", "started_at" },
        { "no scope", "scope" },
        { "no service", "scope.affected_services" },
        { "blank service", "scope.affected_services" },
        { "malformed agreement id", "scope.affected_agreement_ids" },
        { "no agreement and not all", "scope.affected_agreement_ids" },
        { "agreements and all", "scope.affected_agreement_ids" },
        { "description too long", "description" },
        { "no actor", "actor" },
    };

    [Theory]
    [MemberData(nameof(InvalidReports))]
    public async Task Invalid_report_is_INVALID_ARGUMENT_naming_the_field_and_stores_nothing(string mistake, string field)
    {
        var promisor = AssuranceFixture.NewPromisor();
        var agreementId = await assurance.ActiveAgreementAsync(promisor);
        var request = InterruptionCalls.Start(promisor, DateTimeOffset.UtcNow.AddMinutes(-5), agreementId);
        Spoil(request, mistake);

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.ReportInterruptionStartedAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(field, Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
        Assert.Empty(await Client.OfPromisorAsync(promisor));
    }

    [Fact]
    public async Task Agreement_of_another_promisor_is_INVALID_ARGUMENT_naming_it_and_stores_nothing()
    {
        var promisor = AssuranceFixture.NewPromisor();
        await assurance.ActiveAgreementAsync(promisor);
        var theirs = await assurance.ActiveAgreementAsync(AssuranceFixture.NewPromisor());

        var error = await Assert.ThrowsAsync<RpcException>(
            () => Client.ReportInterruptionStartedAsync(InterruptionCalls.Start(promisor, DateTimeOffset.UtcNow.AddMinutes(-5), theirs)).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("scope.affected_agreement_ids", Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
        Assert.Empty(await Client.OfPromisorAsync(promisor));
    }

    [Fact]
    public async Task Agreement_Assurance_has_not_heard_of_is_FAILED_PRECONDITION_and_stores_nothing()
    {
        var promisor = AssuranceFixture.NewPromisor();
        await assurance.ActiveAgreementAsync(promisor);

        var error = await Assert.ThrowsAsync<RpcException>(
            () => Client.ReportInterruptionStartedAsync(InterruptionCalls.Start(promisor, DateTimeOffset.UtcNow.AddMinutes(-5), Guid.NewGuid())).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal("interruption.agreement_unknown", error.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        Assert.Empty(await Client.OfPromisorAsync(promisor));
    }

    [Fact]
    public async Task All_agreements_of_a_promisor_with_none_known_is_FAILED_PRECONDITION_on_the_promisor()
    {
        var promisor = AssuranceFixture.NewPromisor();

        var error = await Assert.ThrowsAsync<RpcException>(
            () => Client.ReportInterruptionStartedAsync(InterruptionCalls.Start(promisor, DateTimeOffset.UtcNow.AddMinutes(-5))).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal("promisor_id", Assert.Single(error.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations).Subject);
        Assert.Empty(await Client.OfPromisorAsync(promisor));
    }

    [Fact]
    public async Task Request_id_reused_for_another_report_is_ALREADY_EXISTS_and_stores_nothing_more()
    {
        var promisor = AssuranceFixture.NewPromisor();
        var agreementId = await assurance.ActiveAgreementAsync(promisor);
        var first = InterruptionCalls.Start(promisor, DateTimeOffset.UtcNow.AddMinutes(-5), agreementId);
        var reported = await Client.StartAsync(first);
        var other = first.Clone();
        other.StartedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(-3));

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.ReportInterruptionStartedAsync(other).ResponseAsync);

        Assert.Equal(StatusCode.AlreadyExists, error.StatusCode);
        Assert.Equal(reported.Id, Assert.Single(await Client.OfPromisorAsync(promisor)).Id);
        Assert.Equal(1, await AssuranceOutbox.CountAboutAsync(assurance, reported.Id));
    }

    private static void Spoil(ReportInterruptionStartedRequest request, string mistake)
    {
        switch (mistake)
        {
            case "no request id": request.RequestId = string.Empty; break;
            case "malformed request id": request.RequestId = "not-a-uuid"; break;
            case "no promisor": request.PromisorId = " "; break;
            case "no start": request.StartedAt = null; break;
            case "start in the future": request.StartedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(5)); break;
            case "no scope": request.Scope = null; break;
            case "no service": request.Scope.AffectedServices.Clear(); break;
            case "blank service": request.Scope.AffectedServices.Add(" "); break;
            case "malformed agreement id": request.Scope.AffectedAgreementIds.Add("not-a-uuid"); break;
            case "no agreement and not all": request.Scope.AffectedAgreementIds.Clear(); break;
            case "agreements and all": request.Scope.AllActiveAgreementsOfPromisor = true; break;
            case "description too long": request.Description = new string('x', 2_001); break;
            case "no actor": request.Actor = string.Empty; break;
            default: throw new ArgumentOutOfRangeException(nameof(mistake), mistake, "No such mistake.");
        }
    }
}
