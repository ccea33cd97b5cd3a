using Google.Rpc;
using Grpc.Core;
using Platform.Agreements.Grpc;
using Platform.Contracts.Agreements.V1;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services;

[Collection(PlatformCollectionDefinition.Name)]
public sealed class AgreementsServiceTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
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
    public async Task Created_agreement_is_a_draft_with_a_commitment_number()
    {
        var agreement = (await _client.CreateAgreementAsync(AgreementRequests.Create())).Agreement;

        Assert.Equal(AgreementStatus.Draft, agreement.Status);
        Assert.Matches(@"^CXQ-\d{4}-\d{6}$", agreement.Number);
        Assert.Equal(agreement.Number, (await _client.GetAgreementAsync(new GetAgreementRequest { AgreementId = agreement.Id })).Agreement.Number);
    }

    [Fact]
    public async Task Retried_create_with_the_same_request_id_creates_nothing_new()
    {
        var request = AgreementRequests.Create();

        var first = (await _client.CreateAgreementAsync(request)).Agreement;
        var retried = (await _client.CreateAgreementAsync(request)).Agreement;

        Assert.Equal(first.Id, retried.Id);
        Assert.Equal(first.Number, retried.Number);
    }

    [Fact]
    public async Task Request_id_reused_for_a_different_agreement_is_ALREADY_EXISTS()
    {
        var request = AgreementRequests.Create();
        await _client.CreateAgreementAsync(request);
        request.Customer.Name = "Initech";

        var error = await Assert.ThrowsAsync<RpcException>(() => _client.CreateAgreementAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.AlreadyExists, error.StatusCode);
    }

    [Fact]
    public async Task Refused_creates_leave_no_gap_in_the_numbering()
    {
        var first = (await _client.CreateAgreementAsync(AgreementRequests.Create())).Agreement.Number;
        var invalid = AgreementRequests.Create();
        invalid.Promisor.Name = "";
        await Assert.ThrowsAsync<RpcException>(() => _client.CreateAgreementAsync(invalid).ResponseAsync);

        var second = (await _client.CreateAgreementAsync(AgreementRequests.Create())).Agreement.Number;

        Assert.Equal(Sequence(first) + 1, Sequence(second));
    }

    [Fact]
    public async Task Commitment_numbers_are_never_reused()
    {
        var numbers = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            numbers.Add((await _client.CreateAgreementAsync(AgreementRequests.Create())).Agreement.Number);
        }

        Assert.Equal(numbers.Count, numbers.Distinct().Count());
    }

    private static long Sequence(string number) => long.Parse(number[(number.LastIndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Create_without_a_customer_name_is_INVALID_ARGUMENT_naming_the_field()
    {
        var request = AgreementRequests.Create();
        request.Customer.Name = "";

        var error = await Assert.ThrowsAsync<RpcException>(() => _client.CreateAgreementAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("customer.name", Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
    }

    [Fact]
    public async Task Create_with_a_malformed_request_id_is_INVALID_ARGUMENT()
    {
        var request = AgreementRequests.Create();
        request.RequestId = "not-a-uuid";

        var error = await Assert.ThrowsAsync<RpcException>(() => _client.CreateAgreementAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("request_id", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_agreement_is_NOT_FOUND()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _client.GetAgreementAsync(new GetAgreementRequest { AgreementId = Guid.NewGuid().ToString() }).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task Signing_makes_the_agreement_active()
    {
        var agreement = await AgreementRequests.CreateSignedAsync(_client);

        Assert.Equal(AgreementStatus.Active, agreement.Status);
        Assert.Equal("Jane Signer", agreement.SignedBy);
        Assert.NotNull(agreement.SignedAt);
    }

    [Fact]
    public async Task Signing_an_active_agreement_again_is_FAILED_PRECONDITION()
    {
        var agreement = await AgreementRequests.CreateSignedAsync(_client);

        var error = await Assert.ThrowsAsync<RpcException>(() => _client.SignAgreementAsync(
            new SignAgreementRequest { AgreementId = agreement.Id, SignedBy = "Someone", Version = agreement.Version }).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
    }

    [Fact]
    public async Task Signing_with_a_stale_version_is_ABORTED_and_changes_nothing()
    {
        var draft = (await _client.CreateAgreementAsync(AgreementRequests.Create())).Agreement;

        var error = await Assert.ThrowsAsync<RpcException>(() => _client.SignAgreementAsync(
            new SignAgreementRequest { AgreementId = draft.Id, SignedBy = "Jane Signer", Version = draft.Version + 1 }).ResponseAsync);

        Assert.Equal(StatusCode.Aborted, error.StatusCode);
        Assert.Equal(AgreementStatus.Draft, (await _client.GetAgreementAsync(new GetAgreementRequest { AgreementId = draft.Id })).Agreement.Status);
    }

    [Fact]
    public async Task Two_officers_signing_at_once_succeed_once()
    {
        var draft = (await _client.CreateAgreementAsync(AgreementRequests.Create())).Agreement;
        var sign = new SignAgreementRequest { AgreementId = draft.Id, SignedBy = "Jane Signer", Version = draft.Version };

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            try
            {
                await _client.SignAgreementAsync(sign);
                return StatusCode.OK;
            }
            catch (RpcException ex)
            {
                return ex.StatusCode;
            }
        }));

        Assert.Single(outcomes, s => s == StatusCode.OK);
        Assert.All(outcomes.Where(s => s != StatusCode.OK), s => Assert.True(s is StatusCode.Aborted or StatusCode.FailedPrecondition, $"unexpected {s}"));
    }
}
