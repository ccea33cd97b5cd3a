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
    /// <summary>Claims one case may carry.</summary>
    public const int MaxClaims = 50;

    /// <summary>Breaches, and complaints, one case may rest on.</summary>
    public const int MaxLinks = 200;

    /// <summary>The details checked: parties on opposite sides, a subject, 1 to <see cref="MaxClaims"/> claims; at most <see cref="MaxLinks"/> links of each kind, without duplicates.</summary>
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

        if (claims is not { Count: > 0 and <= MaxClaims })
        {
            throw RuleViolationException.Invalid("claims", $"Between 1 and {MaxClaims} claims are required, not {claims?.Count ?? 0}.");
        }

        return new DisputeDetails(
            claimant,
            respondent,
            DisputeText.Required(subject, "subject", DisputeText.MaxShortText),
            [.. claims],
            Links(breachIds, "breach_ids"),
            Links(complaintIds, "complaint_ids"));
    }

    private static Guid[] Links(IEnumerable<Guid>? ids, string field)
    {
        Guid[] distinct = [.. (ids ?? []).Distinct()];
        return distinct.Length <= MaxLinks
            ? distinct
            : throw RuleViolationException.Invalid(field, $"{field} names at most {MaxLinks} distinct ids, not {distinct.Length}.");
    }
}
