using Platform.Bench.V1;

namespace Platform.LoadGenerator.Scenarios;

/// <summary>Baseline (b): a unary call that commits a complaint-sized row and an outbox row.</summary>
internal sealed class BaselineInsertScenario(ScenarioContext context) : IScenario
{
    private static readonly InsertRequest s_request = new();
    private readonly BaselineService.BaselineServiceClient[] _clients = context.Clients(channel => new BaselineService.BaselineServiceClient(channel));

    public Task SetupAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task ExecuteAsync(int worker, CancellationToken cancellationToken) =>
        _clients[worker % _clients.Length].InsertAsync(s_request, context.Call(cancellationToken)).ResponseAsync;
}
