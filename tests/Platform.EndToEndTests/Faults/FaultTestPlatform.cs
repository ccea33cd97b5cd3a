using Platform.EndToEndTests.Infrastructure;

namespace Platform.EndToEndTests.Faults;

/// <summary>
/// A platform of its own for the fault test, so the processes it kills and the connections it cuts disturb no
/// other flow; every message reaches its consumer twice, so the inboxes must drop each copy.
/// </summary>
public sealed class FaultTestPlatform : RunningPlatform
{
    protected override void Configure(string context, IDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        environment["RabbitMq__DuplicateEveryDelivery"] = "true";
    }
}

[CollectionDefinition(Name)]
public sealed class FaultCollectionDefinition : ICollectionFixture<FaultTestPlatform>
{
    public const string Name = "Platform under faults";
}
