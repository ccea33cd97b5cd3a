using Platform.SharedKernel;

namespace Platform.Disputes.Domain;

/// <summary>What a dispute is about: its parties, subject, claims and the breaches and complaints it rests on.</summary>
public sealed record DisputeDetails(
    Party Claimant,
    Party Respondent,
    string Subject,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<Guid> BreachIds,
    IReadOnlyList<Guid> ComplaintIds)
{
    /// <summary>The details checked: parties on opposite sides, a subject, at least one claim; links without duplicates.</summary>
    public static DisputeDetails Of(
        Party claimant,
        Party respondent,
        string? subject,
        IReadOnlyList<Claim> claims,
        IEnumerable<Guid>? breachIds = null,
        IEnumerable<Guid>? complaintIds = null)
    {
        ArgumentNullException.ThrowIfNull(claimant);
        ArgumentNullException.ThrowIfNull(respondent);
        if (claimant.Role == respondent.Role)
        {
            throw RuleViolationException.Invalid("respondent.role", "The claimant and the respondent must be on opposite sides: one the customer, the other the promisor.");
        }

        if (claims is not { Count: > 0 })
        {
            throw RuleViolationException.Invalid("claims", "At least one claim is required.");
        }

        return new DisputeDetails(
            claimant,
            respondent,
            DisputeText.Required(subject, "subject", DisputeText.MaxShortText),
            [.. claims],
            [.. (breachIds ?? []).Distinct()],
            [.. (complaintIds ?? []).Distinct()]);
    }
}
