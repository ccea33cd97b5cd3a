using Platform.SharedKernel;

namespace Platform.Assurance.Domain.Inspections;

/// <summary>Checks of the text fields of inspections, findings and corrective actions; every refusal names the field.</summary>
public static class InspectionText
{
    /// <summary>The limit of long texts: a description, notes, evidence.</summary>
    public const int MaxLongText = 10_000;

    /// <summary>The limit of short texts: a department, an inspector, an owner, an actor.</summary>
    public const int MaxShortText = 300;

    public static string Required(string? value, string field, int maxLength) => TextFields.Required(value, field, maxLength);

    public static string Optional(string? value, string field, int maxLength) => TextFields.Optional(value, field, maxLength);

    /// <summary>A promisor's organisation id, for example "org-acme".</summary>
    public static string PromisorId(string? value, string field = "promisor_id") => Required(value, field, MaxShortText);
}
