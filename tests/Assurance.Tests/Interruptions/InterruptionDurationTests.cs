using Platform.Assurance.Domain.Interruptions;

namespace Platform.Assurance.Tests.Interruptions;

/// <summary>Clause 1.3: a continuous interruption lasts wall-clock time, nights and weekends included.</summary>
public sealed class InterruptionDurationTests
{
    private const string Operator = InterruptionBuilder.Operator;
    private static readonly DateTimeOffset s_now = InterruptionBuilder.Now;
    private static readonly DateTimeOffset s_start = InterruptionBuilder.Start;

    [Fact]
    public void Ongoing_interruption_lasts_until_now()
    {
        var interruption = new InterruptionBuilder().Build();

        Assert.Equal(TimeSpan.FromHours(7), interruption.DurationAt(s_now.AddHours(2)));
        Assert.True(interruption.Ongoing);
    }

    [Fact]
    public void Ended_interruption_lasts_from_start_to_end_whatever_the_time_now()
    {
        var interruption = new InterruptionBuilder().BuildEnded(s_start.AddMinutes(90));

        Assert.Equal(TimeSpan.FromMinutes(90), interruption.DurationAt(s_now.AddDays(3)));
        Assert.False(interruption.Ongoing);
    }

    [Fact]
    public void Interruption_over_a_weekend_counts_every_hour()
    {
        // Friday 22:00 to Monday 02:00.
        var friday = new DateTimeOffset(2026, 2, 27, 22, 0, 0, TimeSpan.Zero);
        var interruption = new InterruptionBuilder().StartedAt(friday).BuildEnded(friday.AddHours(52));

        Assert.Equal(TimeSpan.FromHours(52), interruption.DurationAt(s_now));
    }

    [Fact]
    public void Interruption_ending_as_it_starts_lasts_nothing()
    {
        var interruption = new InterruptionBuilder().BuildEnded(s_start);

        Assert.Equal(TimeSpan.Zero, interruption.DurationAt(s_now));
    }

    [Fact]
    public void Start_corrected_earlier_lengthens_the_duration()
    {
        var interruption = new InterruptionBuilder().BuildEnded(s_start.AddHours(1));

        interruption.Correct(new CorrectionRequest(s_start.AddHours(-2), null, null, null), "Monitoring alarm was delayed", Operator, interruption.Version, s_now);

        Assert.Equal(TimeSpan.FromHours(3), interruption.DurationAt(s_now));
    }

    [Fact]
    public void Start_corrected_later_shortens_the_duration_of_an_ongoing_interruption()
    {
        var interruption = new InterruptionBuilder().Build();

        interruption.Correct(new CorrectionRequest(s_start.AddHours(4), null, null, null), "First report was a false alarm", Operator, interruption.Version, s_now);

        Assert.Equal(TimeSpan.FromHours(1), interruption.DurationAt(s_now));
    }

    [Fact]
    public void End_corrected_later_lengthens_the_duration()
    {
        var interruption = new InterruptionBuilder().BuildEnded(s_start.AddHours(1));

        interruption.Correct(new CorrectionRequest(null, s_start.AddHours(4), null, null), "Service came back only partially", Operator, interruption.Version, s_now);

        Assert.Equal(TimeSpan.FromHours(4), interruption.DurationAt(s_now));
    }

    [Fact]
    public void Start_and_end_corrected_together_give_the_span_between_them()
    {
        var interruption = new InterruptionBuilder().BuildEnded(s_start.AddHours(1));

        interruption.Correct(new CorrectionRequest(s_start.AddHours(2), s_start.AddHours(4.5), null, null), "Times from the vendor's log", Operator, interruption.Version, s_now);

        Assert.Equal(TimeSpan.FromHours(2.5), interruption.DurationAt(s_now));
    }

    [Fact]
    public void Successive_corrections_each_apply_to_the_record_as_last_corrected()
    {
        var interruption = new InterruptionBuilder().BuildEnded(s_start.AddHours(1));
        interruption.Correct(new CorrectionRequest(s_start.AddHours(-1), null, null, null), "Earlier alarm found", Operator, interruption.Version, s_now);

        interruption.Correct(new CorrectionRequest(null, s_start.AddHours(3), null, null), "Later recovery found", Operator, interruption.Version, s_now);

        Assert.Equal(TimeSpan.FromHours(4), interruption.DurationAt(s_now));
        Assert.Equal([1, 2], interruption.Corrections.Select(c => c.Sequence));
    }
}
