using Platform.Bench.V1;

namespace Platform.LoadGenerator.Scenarios;

/// <summary>Baseline (a): a unary call that returns a constant.</summary>
internal sealed class BaselineConstantScenario(ScenarioContext context) : IScenario
{
    private static readonly ConstantRequest s_request = new();
    private readonly BaselineService.BaselineServiceClient[] _clients = context.Clients(channel => new BaselineService.BaselineServiceClient(channel));

    public Task SetupAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task ExecuteAsync(int worker, CancellationToken cancellationToken) =>
        _clients[worker % _clients.Length].ConstantAsync(s_request, context.Call(cancellationToken)).ResponseAsync;
}
