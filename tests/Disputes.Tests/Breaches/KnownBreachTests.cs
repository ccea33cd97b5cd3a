using Platform.Disputes.Domain.Breaches;

namespace Platform.Disputes.Tests.Breaches;

/// <summary>Disputes' copy of a breach follows Agreements' facts in version order, whatever order they arrive in.</summary>
public sealed class KnownBreachTests
{
    private static readonly DateTimeOffset s_factAt = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Determined_breach_is_open_with_what_proves_it()
    {
        var breach = KnownBreach.FirstHeardOf(Guid.NewGuid(), Guid.NewGuid());

        breach.RecordDetermined("4.2.1", "Major", "Interruption", "int-1", "Interruption ran past 4 h", s_factAt, version: 1);

        Assert.Equal(("4.2.1", "Major", "Open", "int-1", 1L, true), (breach.Clause, breach.Severity, breach.Status, breach.EvidenceId, breach.Version, breach.IsDetermined));
    }

    [Fact]
    public void Status_change_arriving_before_the_determination_is_kept_and_the_determination_fills_in_the_rest()
    {
        var breach = KnownBreach.FirstHeardOf(Guid.NewGuid(), Guid.NewGuid());
        breach.RecordStatus("Disputed", "Minor", version: 2);

        breach.RecordDetermined("2.3.1", "Minor", "Complaint", "c-1", "No first response", s_factAt, version: 1);

        Assert.Equal(("2.3.1", "Disputed", 2L), (breach.Clause, breach.Status, breach.Version));
    }

    [Fact]
    public void Older_status_change_changes_nothing()
    {
        var breach = KnownBreach.FirstHeardOf(Guid.NewGuid(), Guid.NewGuid());
        breach.RecordDetermined("2.3.1", "Minor", "Complaint", "c-1", "No first response", s_factAt, version: 1);
        breach.RecordStatus("Settled", "Minor", version: 3);

        Assert.False(breach.RecordStatus("Disputed", "Major", version: 2));

        Assert.Equal(("Settled", "Minor", 3L), (breach.Status, breach.Severity, breach.Version));
    }

    [Fact]
    public void Status_change_of_the_same_version_is_a_repeat()
    {
        var breach = KnownBreach.FirstHeardOf(Guid.NewGuid(), Guid.NewGuid());
        breach.RecordStatus("Acknowledged", "Minor", version: 2);

        Assert.False(breach.RecordStatus("Acknowledged", "Minor", version: 2));
    }
}
