using Platform.Disputes.Domain.Breaches;
using Platform.Disputes.Tests.Domain;
using Platform.SharedKernel;

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

    [Theory]
    [InlineData("Open")]
    [InlineData("Acknowledged")]
    public void Open_or_acknowledged_breach_no_case_holds_can_be_disputed(string status)
    {
        var breach = Known(status);

        breach.EnsureDisputable(holdingCase: null);
    }

    [Theory]
    [InlineData("Disputed", "dispute.breach_disputed", "is still disputed")]
    [InlineData("Settled", "dispute.breach_settled", "is settled;")]
    [InlineData("Remedied", "dispute.breach_remedied", "is remedied")]
    public void Breach_Agreements_reports_disputed_settled_or_remedied_cannot_be_disputed(string status, string code, string rule)
    {
        var breach = Known(status);

        var error = Assert.Throws<RuleViolationException>(() => breach.EnsureDisputable(holdingCase: null));

        Assert.Equal((RuleKind.FailedPrecondition, code, "breach_ids"), (error.Kind, error.Code, error.Subject));
        Assert.Contains($"Breach {breach.BreachId} {rule}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Breach_an_open_case_holds_is_already_disputed_in_that_case()
    {
        var breach = Known("Open");
        var holding = new DisputeBuilder().BuildAssigned();

        var error = Assert.Throws<RuleViolationException>(() => breach.EnsureDisputable(holding));

        Assert.Equal("dispute.breach_disputed", error.Code);
        Assert.Contains($"Breach {breach.BreachId} is already disputed in case {holding.Id}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Breach_of_an_awarded_case_is_settled_before_Agreements_reports_it()
    {
        var breach = Known("Disputed");
        var awarded = new DisputeBuilder().BuildAwarded();

        var error = Assert.Throws<RuleViolationException>(() => breach.EnsureDisputable(awarded));

        Assert.Equal("dispute.breach_settled", error.Code);
        Assert.Contains($"case {awarded.Id} ended awarded", error.Message, StringComparison.Ordinal);
    }

    private static KnownBreach Known(string status)
    {
        var breach = KnownBreach.FirstHeardOf(Guid.NewGuid(), DisputeBuilder.AgreementId);
        breach.RecordDetermined("2.3.1", "Minor", "Complaint", "c-1", "No first response", s_factAt, version: 1);
        breach.RecordStatus(status, "Minor", version: 2);
        return breach;
    }
}
