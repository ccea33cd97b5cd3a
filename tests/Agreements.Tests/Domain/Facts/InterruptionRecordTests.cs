using Platform.Agreements.Domain.Facts;

namespace Platform.Agreements.Tests.Domain.Facts;

/// <summary>Agreements' copy of an interruption takes Assurance's corrections in their order, whatever order they arrive in.</summary>
public sealed class InterruptionRecordTests
{
    private static readonly DateTimeOffset s_start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Correction_replaces_only_the_fields_it_gives()
    {
        var record = new InterruptionRecord(Guid.NewGuid(), "org-acme", causedByPromisor: true, s_start, []);

        Assert.True(record.Correct(1, s_start.AddHours(-1), endedAt: null, causedByPromisor: null));

        Assert.Equal((s_start.AddHours(-1), true, (DateTimeOffset?)null, 1), (record.StartedAt, record.CausedByPromisor, record.EndedAt, record.CorrectionNumber));
    }

    [Fact]
    public void Older_correction_arriving_after_a_newer_one_changes_nothing()
    {
        var record = new InterruptionRecord(Guid.NewGuid(), "org-acme", causedByPromisor: true, s_start, []);
        record.Correct(2, s_start.AddHours(-2), endedAt: null, causedByPromisor: false);

        Assert.False(record.Correct(1, s_start.AddHours(-1), endedAt: null, causedByPromisor: true));

        Assert.Equal((s_start.AddHours(-2), false, 2), (record.StartedAt, record.CausedByPromisor, record.CorrectionNumber));
    }

    [Fact]
    public void Corrected_end_before_the_start_is_taken_as_the_start()
    {
        var record = new InterruptionRecord(Guid.NewGuid(), "org-acme", causedByPromisor: true, s_start, []);

        record.Correct(1, startedAt: null, s_start.AddHours(-1), causedByPromisor: null);

        Assert.Equal(s_start, record.EndedAt);
    }
}
