namespace Platform.Platformctl.Tests;

/// <summary>The test classes share one <see cref="LivePlatform"/>: four hosts started once per run.</summary>
[CollectionDefinition(Name)]
public sealed class LivePlatformDefinition : ICollectionFixture<LivePlatform>
{
    public const string Name = "Live platform";
}
