using Platform.Contracts.Complaints.V1;

namespace Platform.LoadGenerator.Scenarios;

/// <summary>Lists: the first page (50) of an agreement's complaints.</summary>
internal sealed class ListComplaintsScenario(ScenarioContext context) : IScenario
{
    private const int PageSize = 50;
    private readonly ComplaintsService.ComplaintsServiceClient[] _clients = context.Clients(channel => new ComplaintsService.ComplaintsServiceClient(channel));
    private ListComplaintsRequest _request = new();

    public async Task SetupAsync(CancellationToken cancellationToken) =>
        _request = new ListComplaintsRequest { AgreementId = await ActiveAgreement.EnsureAsync(context, _clients[0], cancellationToken), PageSize = PageSize };

    public Task ExecuteAsync(int worker, CancellationToken cancellationToken) =>
        _clients[worker % _clients.Length].ListComplaintsAsync(_request, context.Call(cancellationToken)).ResponseAsync;
}
