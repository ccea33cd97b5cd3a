using Platform.Contracts.Agreements.V1;

namespace Platform.LoadGenerator.Scenarios;

/// <summary>Lists: the first page (50) of <c>--agreement-id</c>'s breaches, newest first (the target is Agreements).</summary>
internal sealed class ListBreachesScenario(ScenarioContext context) : IScenario
{
    private readonly AgreementsService.AgreementsServiceClient[] _clients = context.Clients(channel => new AgreementsService.AgreementsServiceClient(channel));
    private ListBreachesRequest _request = new();

    public Task SetupAsync(CancellationToken cancellationToken)
    {
        context.AgreementId = context.Options.AgreementId
            ?? throw new InvalidOperationException("list-breaches needs --agreement-id.");
        _request = new ListBreachesRequest { AgreementId = context.AgreementId, PageSize = 50 };
        return Task.CompletedTask;
    }

    public Task ExecuteAsync(int worker, CancellationToken cancellationToken) =>
        _clients[worker % _clients.Length].ListBreachesAsync(_request, context.Call(cancellationToken)).ResponseAsync;
}
