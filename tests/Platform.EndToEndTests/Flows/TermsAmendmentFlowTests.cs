using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Agreements.V1;
using Platform.Contracts.Complaints.V1;
using Platform.EndToEndTests.Infrastructure;
using Platform.IntegrationTests.Infrastructure;
using Xunit.Abstractions;
using ComplaintsEligibility = Platform.Contracts.Complaints.V1.GetAgreementEligibilityRequest;

namespace Platform.EndToEndTests.Flows;

/// <summary>
/// DESIGN §4 flows 1 and 2 with an amendment: a complaint's clocks follow the terms in force when it was
/// received, so amending the terms later neither rescues nor penalises it.
/// </summary>
[Collection(EndToEndCollectionDefinition.Name)]
public sealed class TermsAmendmentFlowTests(RunningPlatform platform, ITestOutputHelper output)
{
    /// <summary>Long enough for the amendment to reach Complaints before the first complaint's clock runs out.</summary>
    private static readonly TimeSpan SignedFirstResponse = TimeSpan.FromSeconds(15);

    private static readonly TimeSpan AmendedFirstResponse = TimeSpan.FromHours(1);

    [Fact]
    public Task Terms_amended_after_a_complaint_was_received_keep_its_first_response_due_and_apply_to_later_complaints() => platform.RunAsync(output, async () =>
    {
        var request = Requests.Agreement();
        request.Terms = ClockTerms(SignedFirstResponse);
        var agreement = await platform.SignedAgreementAsync(request);
        var earlier = (await platform.Complaints.FileComplaintAsync(Requests.Complaint(agreement.Id))).Complaint;
        Assert.Equal(SignedFirstResponse, earlier.FirstResponse().Allowed.ToTimeSpan());

        var current = (await platform.Agreements.GetAgreementAsync(new GetAgreementRequest { AgreementId = agreement.Id })).Agreement;
        var amendment = await platform.Agreements.AmendTermsAsync(new AmendTermsRequest
        {
            AgreementId = agreement.Id,
            Version = current.Version,
            Terms = ClockTerms(AmendedFirstResponse),
            Reason = "Customer agreed to a longer first-response time",
        });
        await Eventually.AssertAsync(
            async () => (await platform.Complaints.GetAgreementEligibilityAsync(new ComplaintsEligibility { AgreementId = agreement.Id })).Eligibility.TermsVersion == amendment.TermsVersion.Number,
            PlatformSteps.Timeout,
            $"terms version {amendment.TermsVersion.Number} known in Complaints");
        var later = (await platform.Complaints.FileComplaintAsync(Requests.Complaint(agreement.Id))).Complaint;

        // The later complaint follows the amended terms (the calendar is round the clock).
        Assert.Equal(amendment.TermsVersion.Number, later.TermsVersion);
        Assert.Equal(AmendedFirstResponse, later.FirstResponse().Allowed.ToTimeSpan());
        Assert.Equal(later.ReceivedAt.ToDateTimeOffset() + AmendedFirstResponse, later.FirstResponse().DueAt.ToDateTimeOffset());

        // The earlier one keeps the signed terms, runs out at its original due time and is a breach.
        var breach = await platform.BreachAsync(agreement.Id, "2.3.1", TimeSpan.FromSeconds(60));
        Assert.Equal(earlier.Id, breach.Evidence.Id);
        Assert.Equal(earlier.FirstResponse().DueAt, breach.FactAt);
        var missed = await platform.ComplaintAsync(earlier.Id);
        Assert.Equal(earlier.TermsVersion, missed.TermsVersion);
        Assert.Equal(ClockState.Missed, missed.FirstResponse().State);
        Assert.Equal(earlier.FirstResponse().Allowed, missed.FirstResponse().Allowed);
        Assert.Equal(earlier.FirstResponse().DueAt, missed.FirstResponse().DueAt);
        Assert.DoesNotContain(await platform.BreachesAsync(agreement.Id), b => b.Evidence.Id == later.Id);
    });

    /// <summary>The test terms with the given first-response time and the other complaint clocks far out of the way.</summary>
    private static AgreementTerms ClockTerms(TimeSpan firstResponse)
    {
        var terms = Requests.Terms();
        terms.FirstResponseWithin = Duration.FromTimeSpan(firstResponse);
        terms.SolutionOrUpdateWithin = Duration.FromTimeSpan(TimeSpan.FromHours(2));
        terms.MajorResolutionWithin = Duration.FromTimeSpan(TimeSpan.FromHours(3));
        return terms;
    }
}
