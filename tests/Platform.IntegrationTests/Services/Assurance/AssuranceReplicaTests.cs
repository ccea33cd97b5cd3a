using Google.Rpc;
using Grpc.Core;
using Platform.Contracts.Assurance.V1;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Assurance;

/// <summary>Assurance learns agreements, and whose they are, from the Agreements facts.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class AssuranceReplicaTests(PlatformInfrastructure infrastructure, AssuranceFixture assurance)
    : IClassFixture<AssuranceFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => assurance.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Activated_agreement_is_eligible_with_its_number_and_terms_version()
    {
        var agreementId = await assurance.ActiveAgreementAsync(AssuranceFixture.NewPromisor());

        var eligibility = (await new AssuranceService.AssuranceServiceClient(assurance.Channel)
            .GetAgreementEligibilityAsync(new GetAgreementEligibilityRequest { AgreementId = agreementId.ToString() })).Eligibility;

        Assert.Equal((true, true, 1), (eligibility.Known, eligibility.Eligible, eligibility.TermsVersion));
        Assert.StartsWith("CXQ-2026-", eligibility.AgreementNumber, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-guid")]
    public async Task Eligibility_of_a_malformed_agreement_id_is_INVALID_ARGUMENT_naming_the_field(string agreementId)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => new AssuranceService.AssuranceServiceClient(assurance.Channel)
            .GetAgreementEligibilityAsync(new GetAgreementEligibilityRequest { AgreementId = agreementId }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("agreement_id", Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
    }
}
