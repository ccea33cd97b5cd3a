using Platform.Assurance.Domain.Funding;
using Platform.SharedKernel;

namespace Platform.Assurance.Tests.Funding;

public sealed class FundMoneyTests
{
    [Theory]
    [InlineData("0", "CNY", "amount.amount")]
    [InlineData("-5", "CNY", "amount.amount")]
    [InlineData("1.00001", "CNY", "amount.amount")]
    [InlineData("10", "", "amount.currency_code")]
    [InlineData("10", "cny", "amount.currency_code")]
    [InlineData("10", "CN", "amount.currency_code")]
    [InlineData("10", "CNY1", "amount.currency_code")]
    public void Money_that_is_not_a_positive_amount_in_an_ISO_currency_is_invalid_naming_the_part(string amount, string currency, string field)
    {
        var error = Assert.Throws<RuleViolationException>(() => FundMoney.Of(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), currency, "amount"));

        Assert.Equal((RuleKind.InvalidArgument, field), (error.Kind, error.Subject));
    }

    [Fact]
    public void Trailing_zeros_beyond_four_decimals_are_accepted()
    {
        Assert.Equal(new FundMoney(1.5m, "EUR"), FundMoney.Of(1.500000m, "EUR", "amount"));
    }
}
