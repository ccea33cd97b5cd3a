using Platform.SharedKernel;

namespace Platform.Disputes.Domain;

/// <summary>What the claimant asks for: a text and, optionally, an amount in an ISO 4217 currency.</summary>
public sealed record Claim(string Text, decimal? Amount, string? Currency)
{
    /// <summary>A claim with its text checked; an amount must be positive and comes with its currency.</summary>
    public static Claim Of(string? text, decimal? amount, string? currency)
    {
        var what = DisputeText.Required(text, "claims.text", DisputeText.MaxLongText);
        var code = DisputeText.OrNull(currency, "claims.currency", 3)?.ToUpperInvariant();
        if (amount is null)
        {
            return code is null
                ? new Claim(what, null, null)
                : throw RuleViolationException.Invalid("claims.amount", "claims.currency was given without an amount; give both or neither.");
        }

        if (amount <= 0)
        {
            throw RuleViolationException.Invalid("claims.amount", $"claims.amount must be positive, not {amount}.");
        }

        if (code is not { Length: 3 } || !code.All(char.IsAsciiLetterUpper))
        {
            throw RuleViolationException.Invalid("claims.currency", "claims.currency must be a three-letter ISO 4217 code (e.g. EUR) when an amount is given.");
        }

        return new Claim(what, amount, code);
    }
}
