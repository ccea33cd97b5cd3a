using Platform.Agreements.Domain.Terms;

namespace Platform.Agreements.Tests.Domain.Terms;

/// <summary>An evaluator may score on another scale than the terms' floor: the score is read on the floor's scale.</summary>
public sealed class SatisfactionFloorTests
{
    private static readonly SatisfactionFloor s_floor = new(85m, 0m, 100m);

    [Fact]
    public void Score_on_the_same_scale_is_unchanged() => Assert.Equal(84.9m, s_floor.OnThisScale(84.9m, 0m, 100m));

    [Fact]
    public void Score_of_unknown_scale_is_taken_as_on_the_floor_scale() => Assert.Equal(84.9m, s_floor.OnThisScale(84.9m, null, null));

    [Theory]
    [InlineData(2.55, 0, 3, 85)]
    [InlineData(4.4, 1, 5, 85)]
    [InlineData(1, 1, 5, 0)]
    [InlineData(5, 1, 5, 100)]
    public void Score_on_another_scale_is_read_linearly_on_the_floor_scale(double score, double min, double max, double expected) =>
        Assert.Equal((decimal)expected, s_floor.OnThisScale((decimal)score, (decimal)min, (decimal)max));

    [Fact]
    public void Scale_that_is_not_a_range_leaves_the_score_as_it_is() => Assert.Equal(3m, s_floor.OnThisScale(3m, 5m, 5m));
}
