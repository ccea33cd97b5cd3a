using Platform.Contracts.Complaints.V1;

namespace Platform.LoadGenerator.Scenarios;

/// <summary>Intake: FileComplaint under an active agreement, a new request id per call.</summary>
internal sealed class FileComplaintScenario(ScenarioContext context) : IScenario
{
    private readonly ComplaintsService.ComplaintsServiceClient[] _clients = context.Clients(channel => new ComplaintsService.ComplaintsServiceClient(channel));
    private string _agreementId = "";

    public async Task SetupAsync(CancellationToken cancellationToken) =>
        _agreementId = await ActiveAgreement.EnsureAsync(context, _clients[0], cancellationToken);

    public Task ExecuteAsync(int worker, CancellationToken cancellationToken) =>
        _clients[worker % _clients.Length].FileComplaintAsync(ComplaintRequests.File(_agreementId), context.Call(cancellationToken)).ResponseAsync;
}
