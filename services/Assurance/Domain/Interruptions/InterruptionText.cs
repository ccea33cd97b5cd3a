using Platform.SharedKernel;

namespace Platform.Assurance.Domain.Interruptions;

/// <summary>Checks of the free text of an interruption; every refusal names the field.</summary>
public static class InterruptionText
{
    public const int MaxServiceName = 200;
    public const int MaxShortText = 300;
    public const int MaxLongText = 2_000;

    public static string Required(string? value, string field, int maxLength) => TextFields.Required(value, field, maxLength);

    public static string Optional(string? value, string field, int maxLength) => TextFields.Optional(value, field, maxLength);
}
