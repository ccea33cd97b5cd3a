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
}
