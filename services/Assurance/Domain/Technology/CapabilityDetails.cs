using Platform.SharedKernel;

namespace Platform.Assurance.Domain.Technology;

/// <summary>What a capability is: its name (as the terms name it), kind and description, checked.</summary>
public sealed record CapabilityDetails(string Name, CapabilityKind Kind, string Description)
{
    public static CapabilityDetails Of(string? name, CapabilityKind kind, string? description)
    {
        var checkedName = CapabilityText.Required(name, "name", CapabilityText.MaxName);
        if (!Enum.IsDefined(kind))
        {
            throw RuleViolationException.Invalid("kind", "kind is required: INTELLIGENT_CUSTOMER_SERVICE, SERVICE_DATA_ANALYTICS, SERVICE_FLOW_AUTOMATION or OTHER.");
        }

        return new CapabilityDetails(checkedName, kind, CapabilityText.Optional(description, "description", CapabilityText.MaxDescription));
    }
}
