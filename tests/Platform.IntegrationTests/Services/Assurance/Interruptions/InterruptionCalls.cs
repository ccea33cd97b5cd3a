using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Assurance.V1;

namespace Platform.IntegrationTests.Services.Assurance.Interruptions;

/// <summary>Requests of the interruptions API, valid by default; each test sets only what it is about.</summary>
internal static class InterruptionCalls
{
    public const string Operator = "noc-operator";
    public const string Hotline = "customer hotline";

    /// <summary>An interruption of the hotline for <paramref name="agreementIds"/> (all of the promisor's when none), caused by the promisor.</summary>
    public static ReportInterruptionStartedRequest Start(string promisorId, DateTimeOffset startedAt, params Guid[] agreementIds) => new()
    {
        RequestId = Guid.NewGuid().ToString(),
        PromisorId = promisorId,
        StartedAt = Timestamp.FromDateTimeOffset(startedAt),
        Scope = Scope(agreementIds),
        CausedByPromisor = true,
        Description = "Core switch failure",
        Actor = Operator,
    };

    public static InterruptionScope Scope(params Guid[] agreementIds) => new()
    {
        AffectedServices = { Hotline },
        AffectedAgreementIds = { agreementIds.Select(id => id.ToString()) },
        AllActiveAgreementsOfPromisor = agreementIds.Length == 0,
    };

    public static ReportInterruptionEndedRequest End(Interruption interruption, DateTimeOffset endedAt) => new()
    {
        InterruptionId = interruption.Id,
        Version = interruption.Version,
        EndedAt = Timestamp.FromDateTimeOffset(endedAt),
        Note = "Switch replaced",
        Actor = Operator,
    };

    public static CorrectInterruptionRequest Correct(Interruption interruption, string reason = "Times from the switch log") => new()
    {
        InterruptionId = interruption.Id,
        Version = interruption.Version,
        Reason = reason,
        Actor = "duty-manager",
    };

    public static async Task<Interruption> StartAsync(this InterruptionsService.InterruptionsServiceClient client, ReportInterruptionStartedRequest request) =>
        (await client.ReportInterruptionStartedAsync(request)).Interruption;

    public static async Task<Interruption> EndAsync(this InterruptionsService.InterruptionsServiceClient client, Interruption interruption, DateTimeOffset endedAt) =>
        (await client.ReportInterruptionEndedAsync(End(interruption, endedAt))).Interruption;

    public static async Task<Interruption> GetAsync(this InterruptionsService.InterruptionsServiceClient client, string interruptionId) =>
        (await client.GetInterruptionAsync(new GetInterruptionRequest { InterruptionId = interruptionId })).Interruption;

    public static async Task<IReadOnlyList<Interruption>> OfPromisorAsync(this InterruptionsService.InterruptionsServiceClient client, string promisorId) =>
        (await client.ListInterruptionsAsync(new ListInterruptionsRequest { PromisorId = promisorId, PageSize = 200 })).Interruptions;
}
