using Platform.SharedKernel;

namespace Platform.Disputes.Domain;

/// <summary>
/// The agreement's terms in force when the case opened (clause 5): the negotiation period, the arbitration
/// commission and the court of the litigation venue. Kept on the case; later amendments do not move them.
/// </summary>
public sealed record DisputeTerms(int NegotiationMaxDays, string ArbitrationCommission, string LitigationVenue, int TermsVersion)
{
    /// <summary>These terms with their texts trimmed; INVALID_ARGUMENT when one is missing or out of range.</summary>
    public DisputeTerms Validated()
    {
        if (NegotiationMaxDays <= 0)
        {
            throw RuleViolationException.Invalid("negotiation_max_days", $"negotiation_max_days must be a positive number of days, not {NegotiationMaxDays}.");
        }

        if (TermsVersion <= 0)
        {
            throw RuleViolationException.Invalid("terms_version", $"terms_version must be positive, not {TermsVersion}.");
        }

        return this with
        {
            ArbitrationCommission = DisputeText.Required(ArbitrationCommission, "arbitration_commission", DisputeText.MaxShortText),
            LitigationVenue = DisputeText.Required(LitigationVenue, "litigation_venue", DisputeText.MaxShortText),
        };
    }
}
