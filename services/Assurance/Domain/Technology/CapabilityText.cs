using Platform.SharedKernel;

namespace Platform.Assurance.Domain.Technology;

/// <summary>Checks of the free text of a capability; every refusal names the field.</summary>
public static class CapabilityText
{
    public const int MaxName = 200;
    public const int MaxShortText = 300;
    public const int MaxDescription = 2_000;

    public static string Required(string? value, string field, int maxLength) => TextFields.Required(value, field, maxLength);

    public static string Optional(string? value, string field, int maxLength) => TextFields.Optional(value, field, maxLength);
}
