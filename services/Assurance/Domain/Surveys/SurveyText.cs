using Platform.SharedKernel;

namespace Platform.Assurance.Domain.Surveys;

/// <summary>Checks of the text fields of evaluators, surveys and rectifications; every refusal names the field.</summary>
public static class SurveyText
{
    /// <summary>The limit of long texts: a declaration, evidence.</summary>
    public const int MaxLongText = 10_000;

    /// <summary>The limit of short texts: a name, an accreditation, an actor, a reference.</summary>
    public const int MaxShortText = 300;

    public static string Required(string? value, string field, int maxLength) => TextFields.Required(value, field, maxLength);

    public static string Optional(string? value, string field, int maxLength) => TextFields.Optional(value, field, maxLength);

    /// <summary>A promisor's organisation id, for example "org-acme".</summary>
    public static string PromisorId(string? value, string field = "promisor_id") => Required(value, field, MaxShortText);
}
