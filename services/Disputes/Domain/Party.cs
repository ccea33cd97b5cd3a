using Platform.SharedKernel;

namespace Platform.Disputes.Domain;

/// <summary>A party to the dispute: its name and its side of the agreement.</summary>
public sealed record Party(string Name, PartyRole Role)
{
    /// <summary>A party with its name checked; <paramref name="field"/> names it in a refusal (claimant, respondent).</summary>
    public static Party Of(string? name, PartyRole role, string field)
    {
        if (!Enum.IsDefined(role))
        {
            throw RuleViolationException.Invalid($"{field}.role", $"{field}.role is required: CUSTOMER or PROMISOR.");
        }

        return new Party(DisputeText.Required(name, $"{field}.name", DisputeText.MaxShortText), role);
    }
}
