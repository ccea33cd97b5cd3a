using Platform.Contracts.Disputes.V1;
using Platform.ServiceDefaults.Requests;

namespace Platform.ServiceDefaults.Tests.Requests;

public sealed class ControlCharacterGuardTests
{
    [Fact]
    public void Tabs_and_line_breaks_are_text()
    {
        var request = new OpenDisputeRequest { Subject = "Credits\tunpaid\r\nsince March", Claims = { new Claim { Text = "Line one\nline two" } } };

        Assert.Null(ControlCharacterGuard.FirstWithControlCharacter(request, string.Empty, 0));
    }

    [Theory]
    [InlineData("\u0000")]
    [InlineData("\u001b[2J")]
    [InlineData("\u007f")]
    [InlineData("\u0085")]
    public void A_control_character_in_a_nested_repeated_field_is_found_by_its_path(string control)
    {
        var request = new OpenDisputeRequest { Subject = "Credits", Claims = { new Claim { Text = "fine" }, new Claim { Text = $"bad{control}" } } };

        Assert.Equal("claims.text", ControlCharacterGuard.FirstWithControlCharacter(request, string.Empty, 0));
    }

    [Fact]
    public void A_control_character_in_a_list_of_ids_is_found()
    {
        var request = new OpenDisputeRequest { BreachIds = { "ok", "a\u0000b" } };

        Assert.Equal("breach_ids", ControlCharacterGuard.FirstWithControlCharacter(request, string.Empty, 0));
    }
}
