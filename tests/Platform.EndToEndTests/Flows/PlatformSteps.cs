using AssuranceEligibility = Platform.Contracts.Assurance.V1.GetAgreementEligibilityRequest;
using ComplaintsEligibility = Platform.Contracts.Complaints.V1.GetAgreementEligibilityRequest;
using DisputesEligibility = Platform.Contracts.Disputes.V1.GetAgreementEligibilityRequest;
using Platform.Contracts.Agreements.V1;
using Platform.Contracts.Common.V1;
using Platform.Contracts.Complaints.V1;
using Platform.EndToEndTests.Infrastructure;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.EndToEndTests.Flows;

/// <summary>Steps the flows share, each only gRPC calls to the running services.</summary>
internal static class PlatformSteps
{
    /// <summary>Generous: the services poll every 50 ms, but the machine may be busy.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>What Complaints, Assurance and Disputes each say about <paramref name="agreementId"/>, in that order.</summary>
    public static async Task<IReadOnlyList<AgreementEligibility>> EligibilityAsync(this RunningPlatform platform, string agreementId) =>
    [
        (await platform.Complaints.GetAgreementEligibilityAsync(new ComplaintsEligibility { AgreementId = agreementId })).Eligibility,
        (await platform.Assurance.GetAgreementEligibilityAsync(new AssuranceEligibility { AgreementId = agreementId })).Eligibility,
        (await platform.Disputes.GetAgreementEligibilityAsync(new DisputesEligibility { AgreementId = agreementId })).Eligibility,
    ];

    public static async Task<Agreement> SignAsync(this RunningPlatform platform, Agreement draft) =>
        (await platform.Agreements.SignAgreementAsync(new SignAgreementRequest { AgreementId = draft.Id, SignedBy = "Jane Signer", Version = draft.Version })).Agreement;

    /// <summary>Creates and signs an agreement, and waits until the other three contexts have learned it.</summary>
    public static async Task<Agreement> SignedAgreementAsync(this RunningPlatform platform, CreateAgreementRequest? request = null)
    {
        var draft = (await platform.Agreements.CreateAgreementAsync(request ?? Requests.Agreement())).Agreement;
        var active = await platform.SignAsync(draft);
        await Eventually.AssertAsync(
            async () => (await platform.EligibilityAsync(active.Id)).All(e => e.Eligible),
            Timeout,
            $"agreement {active.Number} eligible in Complaints, Assurance and Disputes");
        return active;
    }

    /// <summary>Waits (by default <see cref="Timeout"/>) until Agreements lists a breach of <paramref name="clause"/> on the agreement.</summary>
    public static Task<Breach> BreachAsync(this RunningPlatform platform, string agreementId, string clause, TimeSpan? timeout = null) =>
        Eventually.FindAsync(
            async () => (await platform.BreachesAsync(agreementId)).FirstOrDefault(b => b.Clause == clause),
            timeout ?? Timeout,
            $"a breach of {clause} on agreement {agreementId}");

    public static async Task<Complaint> ComplaintAsync(this RunningPlatform platform, string complaintId) =>
        (await platform.Complaints.GetComplaintAsync(new GetComplaintRequest { ComplaintId = complaintId })).Complaint;

    /// <summary>The complaint's first-response clock (clause 2.3.1).</summary>
    public static Clock FirstResponse(this Complaint complaint) => complaint.Clocks.Single(c => c.Kind == ClockKind.FirstResponse);

    public static async Task<IReadOnlyList<Breach>> BreachesAsync(this RunningPlatform platform, string agreementId) =>
        (await platform.Agreements.ListBreachesAsync(new ListBreachesRequest { AgreementId = agreementId, PageSize = 100 })).Breaches;
}
