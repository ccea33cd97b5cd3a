namespace Platform.Assurance.Domain.Inspections;

/// <summary>A finding as given: its class and what was found. <c>field</c> prefixes name where it sits in the request.</summary>
public sealed record FindingDraft(FindingClass Class, string Description)
{
    public static FindingDraft Of(FindingClass findingClass, string? description, string field) =>
        new(FindingClasses.Validated(findingClass, $"{field}.class"), InspectionText.Required(description, $"{field}.description", InspectionText.MaxLongText));
}
