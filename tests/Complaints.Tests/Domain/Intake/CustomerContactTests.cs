using Platform.Complaints.Domain;
using Platform.SharedKernel;

namespace Platform.Complaints.Tests.Domain.Intake;

public sealed class CustomerContactTests
{
    [Fact]
    public void Phone_is_masked_keeping_the_first_three_and_last_four_digits()
    {
        var masked = CustomerContact.Of("Li Wei", "13812345678", null).Masked();

        Assert.Equal("138****5678", masked.Phone);
    }

    [Fact]
    public void Email_is_masked_keeping_the_first_letter_and_the_domain()
    {
        var masked = CustomerContact.Of("Alice", null, "alice@example.com").Masked();

        Assert.Equal("a***@example.com", masked.Email);
    }

    [Fact]
    public void Name_is_masked_to_its_initial_and_a_missing_phone_stays_empty()
    {
        var masked = CustomerContact.Of("Alice Smith", null, "alice@example.com").Masked();

        Assert.Equal(("A***", ""), (masked.Name, masked.Phone));
    }

    [Fact]
    public void Short_phone_keeps_only_its_last_two_digits()
    {
        var masked = CustomerContact.Of("Bob", "12345", null).Masked();

        Assert.Equal("****45", masked.Phone);
    }

    [Fact]
    public void International_phone_with_spaces_and_dashes_is_accepted_trimmed()
    {
        var contact = CustomerContact.Of("Li Wei", "  +86 138-1234-5678 ", null);

        Assert.Equal("+86 138-1234-5678", contact.Phone);
        Assert.Equal("861****5678", contact.Masked().Phone);
    }

    [Theory]
    [InlineData("call me maybe")]
    [InlineData("12-34")]
    [InlineData("123456789012345678901")]
    [InlineData("138+12345678")]
    [InlineData("(138) 1234 5678")]
    public void Bad_phone_is_refused_without_repeating_it(string phone)
    {
        var error = Assert.Throws<RuleViolationException>(() => CustomerContact.Of("Li Wei", phone, "li@example.com"));

        Assert.Equal((RuleKind.InvalidArgument, "contact.phone"), (error.Kind, error.Subject));
        Assert.DoesNotContain(phone, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("alice.example.com")]
    [InlineData("alice@example")]
    [InlineData("alice@.example.com")]
    [InlineData("alice@home@example.com")]
    [InlineData("@example.com")]
    [InlineData("alice smith@example.com")]
    [InlineData("alice@example.com.")]
    public void Bad_email_is_refused_without_repeating_it(string email)
    {
        var error = Assert.Throws<RuleViolationException>(() => CustomerContact.Of("Alice", "13812345678", email));

        Assert.Equal((RuleKind.InvalidArgument, "contact.email"), (error.Kind, error.Subject));
        Assert.DoesNotContain(email, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Email_longer_than_254_characters_is_refused()
    {
        var email = new string('a', 243) + "@example.com";

        var error = Assert.Throws<RuleViolationException>(() => CustomerContact.Of("Alice", null, email));

        Assert.Equal("contact.email", error.Subject);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("  ", "")]
    public void Contact_without_phone_or_email_is_refused(string? phone, string? email)
    {
        var error = Assert.Throws<RuleViolationException>(() => CustomerContact.Of("Alice", phone, email));

        Assert.Equal((RuleKind.InvalidArgument, "contact"), (error.Kind, error.Subject));
    }

    [Fact]
    public void Contact_without_a_name_is_refused()
    {
        var error = Assert.Throws<RuleViolationException>(() => CustomerContact.Of(" ", "13812345678", null));

        Assert.Equal((RuleKind.InvalidArgument, "contact.name"), (error.Kind, error.Subject));
    }

    [Fact]
    public void Email_only_contact_is_accepted_trimmed()
    {
        var contact = CustomerContact.Of(" Alice ", null, " alice@example.com ");

        Assert.Equal(("Alice", "", "alice@example.com"), (contact.Name, contact.Phone, contact.Email));
    }
}
