namespace Platform.LoadGenerator.Scenarios;

/// <summary>A load scenario: unmeasured setup, then one call per invocation, made by many workers at once.</summary>
internal interface IScenario
{
    /// <summary>Prepares what the calls need (an agreement, seeded complaints); not measured.</summary>
    Task SetupAsync(CancellationToken cancellationToken);

    /// <summary>Makes one call; a failed call throws its <see cref="Grpc.Core.RpcException"/>.</summary>
    Task ExecuteAsync(int worker, CancellationToken cancellationToken);
}
