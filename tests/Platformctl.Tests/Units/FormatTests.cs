using Platform.Platformctl.Output;

namespace Platform.Platformctl.Tests.Units;

public sealed class FormatTests
{
    [Theory]
    [InlineData(0.4, "0s")]
    [InlineData(45, "45s")]
    [InlineData(185, "3m05s")]
    [InlineData(7440, "2h04m")]
    [InlineData(266400, "3d02h")]
    public void Ages_are_short_and_in_the_largest_two_units(double seconds, string expected) =>
        Assert.Equal(expected, Format.Age(seconds));
}
