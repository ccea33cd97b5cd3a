namespace Platform.IntegrationTests.Infrastructure;

/// <summary>
/// The key Complaints hosts started by the tests seal contact details with: images and test hosts carry no key
/// of their own (the development key is in appsettings.Development.json, which tests do not load), so every
/// Complaints host a test starts is given this one. TEST-ONLY: it guards nothing.
/// </summary>
public static class TestContactKey
{
    public const string Id = "test-1";

    /// <summary>TEST-ONLY AES-256 key (base64, 32 bytes). Never configure it anywhere else.</summary>
    public const string Key = "dGVzdC1vbmx5LWNvbnRhY3Qta2V5LTAwMDAwMDAwMDE=";

    /// <summary>Configuration that gives a Complaints host this key, active.</summary>
    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Complaints:ContactEncryption:ActiveKeyId"] = Id,
        [$"Complaints:ContactEncryption:Keys:{Id}"] = Key,
    };

    /// <summary>The same as environment variables, for services started as processes.</summary>
    public static IReadOnlyDictionary<string, string> Environment { get; } =
        Settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value!);
}
