namespace Platform.EndToEndTests.Infrastructure;

/// <summary>
/// The officer console's browser tests share one platform with the console and one Chromium; each test gets its own
/// browser context (<see cref="BrowserFixture.NewPageAsync"/>) and makes its own data.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ConsoleCollectionDefinition : ICollectionFixture<ConsolePlatform>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "Officer console";
}
