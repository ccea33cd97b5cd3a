using Platform.EndToEndTests.Infrastructure;

namespace Platform.EndToEndTests.Browser;

/// <summary>The browser's own checks, with a Chromium of their own and no platform: they need neither the services nor the console.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollectionDefinition : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
