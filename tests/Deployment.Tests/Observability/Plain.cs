namespace Platform.Deployment.Tests.Observability;

/// <summary>Reading the plain values <see cref="Yaml"/> gives: missing keys read as empty, not as exceptions.</summary>
internal static class Plain
{
    public static Dictionary<string, object?> Map(this object? value) =>
        value as Dictionary<string, object?> ?? new Dictionary<string, object?>(StringComparer.Ordinal);

    public static List<object?> List(this object? value) => value as List<object?> ?? [];

    public static object? At(this object? value, string key) => value.Map().GetValueOrDefault(key);

    public static string? Text(this object? value) => value as string;

    public static IEnumerable<string> Strings(this object? value) => value.List().OfType<string>();
}
