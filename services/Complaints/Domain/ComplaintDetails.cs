namespace Platform.Complaints.Domain;

/// <summary>What the customer complained about, checked.</summary>
public sealed record ComplaintDetails(Channel Channel, string Subject, string Description, string Category, ComplaintSeverity Severity)
{
    public const int MaxCategoryLength = 100;

    public static ComplaintDetails Of(Channel channel, string? subject, string? description, string? category, ComplaintSeverity severity) =>
        new(
            channel,
            ComplaintText.Required(subject, "subject", ComplaintText.MaxShortText),
            ComplaintText.Optional(description, "description", ComplaintText.MaxLongText),
            ComplaintText.Optional(category, "category", MaxCategoryLength),
            Enum.IsDefined(severity) ? severity : throw Platform.SharedKernel.RuleViolationException.Invalid("severity", "severity is required: NORMAL or MAJOR."));
}
