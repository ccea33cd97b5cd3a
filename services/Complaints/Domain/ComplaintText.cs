using Platform.SharedKernel;

namespace Platform.Complaints.Domain;

/// <summary>Checks of the free text a complaint carries; every refusal names the field.</summary>
public static class ComplaintText
{
    /// <summary>The limit of long texts: a description, an update, a solution.</summary>
    public const int MaxLongText = 10_000;

    /// <summary>The limit of short texts: a subject, a reason, an actor.</summary>
    public const int MaxShortText = 300;

    public static string Required(string? value, string field, int maxLength) => TextFields.Required(value, field, maxLength);

    public static string Optional(string? value, string field, int maxLength) => TextFields.Optional(value, field, maxLength);
}
