using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Complaints.V1;

namespace Platform.LoadGenerator.Scenarios;

/// <summary>
/// Files complaints received so long ago that each one's first-response clock falls due <c>--clock-lead</c>
/// seconds after it is filed: run open loop at 500 req/s and, a lead later, 500 clocks a second run out. What
/// is measured is the filing; clocks.sh then reads from the databases how late each clock fired and when its
/// breach was recorded in Agreements.
/// </summary>
internal sealed class ClockWaveScenario(ScenarioContext context) : IScenario
{
    private readonly ComplaintsService.ComplaintsServiceClient[] _clients = context.Clients(channel => new ComplaintsService.ComplaintsServiceClient(channel));
    private string _agreementId = "";

    public async Task SetupAsync(CancellationToken cancellationToken) =>
        _agreementId = await ActiveAgreement.EnsureAsync(context, _clients[0], cancellationToken);

    public Task ExecuteAsync(int worker, CancellationToken cancellationToken)
    {
        var request = ComplaintRequests.File(_agreementId);
        request.Severity = ComplaintSeverity.Normal;
        request.ReceivedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow + context.Options.ClockLead - ActiveAgreement.FirstResponseWithin);
        return _clients[worker % _clients.Length].FileComplaintAsync(request, context.Call(cancellationToken)).ResponseAsync;
    }
}
