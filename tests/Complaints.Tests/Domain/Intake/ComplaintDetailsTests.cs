using Platform.Complaints.Domain;
using Platform.SharedKernel;

namespace Platform.Complaints.Tests.Domain.Intake;

public sealed class ComplaintDetailsTests
{
    private static readonly Channel s_email = Channel.Of(ChannelKind.Email, null);

    private static RuleViolationException Refused(Func<object> create)
    {
        var error = Assert.Throws<RuleViolationException>(create);
        Assert.Equal(RuleKind.InvalidArgument, error.Kind);
        return error;
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_subject_is_refused(string? subject)
    {
        var error = Refused(() => ComplaintDetails.Of(s_email, subject, "text", "billing", ComplaintSeverity.Normal));

        Assert.Equal("subject", error.Subject);
    }

    [Fact]
    public void Subject_over_300_characters_is_refused()
    {
        var error = Refused(() => ComplaintDetails.Of(s_email, new string('s', 301), null, null, ComplaintSeverity.Normal));

        Assert.Equal("subject", error.Subject);
    }

    [Fact]
    public void Description_over_ten_thousand_characters_is_refused()
    {
        var error = Refused(() => ComplaintDetails.Of(s_email, "Double debit", new string('d', 10_001), null, ComplaintSeverity.Normal));

        Assert.Equal("description", error.Subject);
    }

    [Fact]
    public void Description_of_exactly_ten_thousand_characters_is_accepted()
    {
        var details = ComplaintDetails.Of(s_email, "Double debit", new string('d', 10_000), null, ComplaintSeverity.Normal);

        Assert.Equal(10_000, details.Description.Length);
    }

    [Fact]
    public void Optional_texts_are_trimmed_and_default_to_empty()
    {
        var details = ComplaintDetails.Of(s_email, "  Double debit  ", null, null, ComplaintSeverity.Major);

        Assert.Equal(("Double debit", "", ""), (details.Subject, details.Description, details.Category));
        Assert.Equal(ComplaintSeverity.Major, details.Severity);
    }

    [Fact]
    public void Category_over_100_characters_is_refused()
    {
        var error = Refused(() => ComplaintDetails.Of(s_email, "Double debit", null, new string('c', 101), ComplaintSeverity.Normal));

        Assert.Equal("category", error.Subject);
    }

    [Fact]
    public void Unknown_severity_is_refused()
    {
        var error = Refused(() => ComplaintDetails.Of(s_email, "Double debit", null, null, (ComplaintSeverity)0));

        Assert.Equal("severity", error.Subject);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void Other_channel_without_a_name_is_refused(string? name)
    {
        var error = Refused(() => Channel.Of(ChannelKind.Other, name));

        Assert.Equal("channel_name", error.Subject);
    }

    [Fact]
    public void Other_channel_is_known_by_its_trimmed_name()
    {
        var channel = Channel.Of(ChannelKind.Other, "  WeChat mini-program ");

        Assert.Equal("WeChat mini-program", channel.Name);
        Assert.Equal("WeChat mini-program", channel.ToString());
    }

    [Fact]
    public void Known_channel_ignores_a_name()
    {
        var channel = Channel.Of(ChannelKind.Phone, "hotline");

        Assert.Null(channel.Name);
        Assert.Equal("Phone", channel.ToString());
    }

    [Fact]
    public void Other_channel_name_over_100_characters_is_refused()
    {
        var error = Refused(() => Channel.Of(ChannelKind.Other, new string('n', 101)));

        Assert.Equal("channel_name", error.Subject);
    }

    [Fact]
    public void Unknown_channel_kind_is_refused()
    {
        var error = Refused(() => Channel.Of((ChannelKind)42, null));

        Assert.Equal("channel", error.Subject);
    }
}
