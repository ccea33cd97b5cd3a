using Platform.Contracts.Complaints.V1;

namespace Platform.LoadGenerator.Scenarios;

/// <summary>Statistics: GetResolutionStats of the agreement's current period.</summary>
internal sealed class ResolutionStatsScenario(ScenarioContext context) : IScenario
{
    private readonly ComplaintsService.ComplaintsServiceClient[] _clients = context.Clients(channel => new ComplaintsService.ComplaintsServiceClient(channel));
    private GetResolutionStatsRequest _request = new();

    public async Task SetupAsync(CancellationToken cancellationToken) =>
        _request = new GetResolutionStatsRequest { AgreementId = await ActiveAgreement.EnsureAsync(context, _clients[0], cancellationToken) };

    public Task ExecuteAsync(int worker, CancellationToken cancellationToken) =>
        _clients[worker % _clients.Length].GetResolutionStatsAsync(_request, context.Call(cancellationToken)).ResponseAsync;
}
