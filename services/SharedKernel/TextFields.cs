namespace Platform.SharedKernel;

/// <summary>Checks of free-text fields: trimmed, required or optional, within a length. Every refusal names the field and never repeats the value.</summary>
public static class TextFields
{
    /// <summary>The trimmed text; INVALID_ARGUMENT when empty or longer than <paramref name="maxLength"/>.</summary>
    public static string Required(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw RuleViolationException.Invalid(field, $"{field} is required.");
        }

        return Limited(trimmed, field, maxLength);
    }

    /// <summary>The trimmed text, empty when absent; INVALID_ARGUMENT when longer than <paramref name="maxLength"/>.</summary>
    public static string Optional(string? value, string field, int maxLength) => Limited(value?.Trim() ?? string.Empty, field, maxLength);

    private static string Limited(string value, string field, int maxLength) =>
        value.Length > maxLength
            ? throw RuleViolationException.Invalid(field, $"{field} is {value.Length} characters long; at most {maxLength} are allowed.")
            : value;
}
