using Platform.SharedKernel;

namespace Platform.Disputes.Domain;

/// <summary>Checks of the free text a dispute carries; every refusal names the field.</summary>
public static class DisputeText
{
    /// <summary>The limit of long texts: a claim, a submission, terms of settlement, an award or judgment.</summary>
    public const int MaxLongText = 10_000;

    /// <summary>The limit of short texts: a name, a reference, a case number, a reason.</summary>
    public const int MaxShortText = 300;

    public static string Required(string? value, string field, int maxLength) => TextFields.Required(value, field, maxLength);

    public static string Optional(string? value, string field, int maxLength) => TextFields.Optional(value, field, maxLength);

    /// <summary>The trimmed text, or null when absent or blank.</summary>
    public static string? OrNull(string? value, string field, int maxLength) =>
        TextFields.Optional(value, field, maxLength) is { Length: > 0 } text ? text : null;

    /// <summary>An instant as the rules quote it: UTC, to the second, e.g. 2026-12-10T09:00:00Z.</summary>
    public static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
