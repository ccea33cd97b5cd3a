namespace Platform.EndToEndTests.Infrastructure;

/// <summary>The flows share one running platform; each makes its own agreement, so they do not see each other's data.</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollectionDefinition : ICollectionFixture<RunningPlatform>
{
    public const string Name = "Running platform";
}
