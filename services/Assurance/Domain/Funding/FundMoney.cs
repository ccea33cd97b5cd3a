using System.Globalization;
using Platform.SharedKernel;

namespace Platform.Assurance.Domain.Funding;

/// <summary>A positive amount of money in one ISO 4217 currency. Amounts in different currencies are never added.</summary>
public sealed record FundMoney(decimal Amount, string Currency)
{
    public const int MaxScale = 4;
    public const decimal MaxAmount = 999_999_999_999_999m;

    /// <summary>
    /// Checks an amount and currency from a request. <paramref name="field"/> is the request field holding the
    /// money; errors name <c>{field}.amount</c> or <c>{field}.currency_code</c>.
    /// </summary>
    public static FundMoney Of(decimal amount, string? currency, string field)
    {
        var code = CurrencyCode(currency, $"{field}.currency_code");
        if (amount <= 0 || amount > MaxAmount)
        {
            throw RuleViolationException.Invalid($"{field}.amount", $"{field}.amount must be greater than 0 and at most {MaxAmount.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (amount.Scale > MaxScale && decimal.Round(amount, MaxScale) != amount)
        {
            throw RuleViolationException.Invalid($"{field}.amount", $"{field}.amount has more than {MaxScale} decimals.");
        }

        return new FundMoney(decimal.Round(amount, MaxScale), code);
    }

    /// <summary>An ISO 4217 code: three capital letters, e.g. CNY or EUR.</summary>
    public static string CurrencyCode(string? value, string field)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw RuleViolationException.Invalid(field, $"{field} is required (an ISO 4217 code such as CNY or EUR).");
        }

        return value.Length == 3 && value.All(char.IsAsciiLetterUpper)
            ? value
            : throw RuleViolationException.Invalid(field, $"{field} must be an ISO 4217 code of three capital letters such as CNY, not '{(value.Length <= 10 ? value : value[..10] + "…")}'.");
    }

    public override string ToString() => $"{Amount.ToString("0.####", CultureInfo.InvariantCulture)} {Currency}";
}
