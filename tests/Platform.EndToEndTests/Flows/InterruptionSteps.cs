using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Assurance.V1;
using Platform.EndToEndTests.Infrastructure;

namespace Platform.EndToEndTests.Flows;

/// <summary>Interruption steps shared by the flows.</summary>
internal static class InterruptionSteps
{
    /// <summary>Reports an interruption of the agreement that the promisor caused, beginning now.</summary>
    public static async Task<Interruption> StartInterruptionAsync(this RunningPlatform platform, string agreementId) =>
        (await platform.Interruptions.ReportInterruptionStartedAsync(new ReportInterruptionStartedRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            PromisorId = Requests.PromisorId,
            StartedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow),
            CausedByPromisor = true,
            Scope = new InterruptionScope { AffectedServices = { "NET-01" }, AffectedAgreementIds = { agreementId } },
            Description = "Core router failure",
            Actor = "noc",
        })).Interruption;
}
