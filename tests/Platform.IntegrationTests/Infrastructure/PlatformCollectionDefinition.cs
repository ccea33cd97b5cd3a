namespace Platform.IntegrationTests.Infrastructure;

/// <summary>Test classes in this collection share one <see cref="PlatformInfrastructure"/> per test run.</summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollectionDefinition : ICollectionFixture<PlatformInfrastructure>
{
    public const string Name = "Platform infrastructure";
}
