using Platform.Agreements.Domain.Breaches;
using Platform.SharedKernel;

namespace Platform.Agreements.Tests.Domain.Breaches;

/// <summary>Section 5 cases marking a breach disputed and settled (flow 7), from Disputes' events.</summary>
public sealed class BreachDisputeTests
{
    private static readonly DateTimeOffset Now = BreachBuilder.Now;
    private static readonly Guid DisputeId = BreachBuilder.DisputeId;
    private static readonly Guid OtherDisputeId = Guid.Parse("6e5d4c3b-2a19-4807-b6a5-948372000006");

    [Theory]
    [InlineData(BreachStatus.Open)]
    [InlineData(BreachStatus.Acknowledged)]
    public void Dispute_case_opened_on_a_breach_marks_it_disputed(BreachStatus status)
    {
        var breach = new BreachBuilder().Build(status);
        var version = breach.Version;

        var changed = breach.MarkDisputed(DisputeId, Now);

        Assert.True(changed);
        Assert.Equal(BreachStatus.Disputed, breach.Status);
        Assert.Equal(DisputeId, breach.DisputeId);
        Assert.Equal(version + 1, breach.Version);
        var statusChanged = Assert.IsType<BreachStatusChanged>(Assert.Single(breach.DomainEvents));
        Assert.Equal((status, BreachStatus.Disputed), (statusChanged.FromStatus, statusChanged.ToStatus));
        Assert.Equal(DisputeId, statusChanged.DisputeId);
        Assert.Null(statusChanged.ChangedBy);
    }

    [Fact]
    public void Repeated_dispute_opened_for_the_same_case_changes_nothing()
    {
        var breach = new BreachBuilder().Build(BreachStatus.Disputed);
        var version = breach.Version;

        var changed = breach.MarkDisputed(DisputeId, Now);

        Assert.False(changed);
        Assert.Equal(version, breach.Version);
        Assert.Empty(breach.DomainEvents);
    }

    [Fact]
    public void Late_repeat_of_dispute_opened_after_settlement_changes_nothing()
    {
        var breach = new BreachBuilder().Build(BreachStatus.Settled);

        Assert.False(breach.MarkDisputed(DisputeId, Now));
        Assert.Equal(BreachStatus.Settled, breach.Status);
        Assert.Empty(breach.DomainEvents);
    }

    [Fact]
    public void Second_case_on_a_disputed_breach_is_refused()
    {
        var breach = new BreachBuilder().Build(BreachStatus.Disputed);

        var error = Assert.Throws<RuleViolationException>(() => breach.MarkDisputed(OtherDisputeId, Now));

        Assert.Equal(RuleKind.FailedPrecondition, error.Kind);
        Assert.Equal("breach.disputed_in_other_case", error.Code);
        Assert.Equal("dispute_id", error.Subject);
        Assert.Equal(DisputeId, breach.DisputeId);
    }

    [Theory]
    [InlineData(BreachStatus.Remedied)]
    [InlineData(BreachStatus.Settled)]
    public void Final_breach_cannot_be_disputed_in_a_new_case(BreachStatus status)
    {
        var breach = new BreachBuilder().Build(status);

        var error = Assert.Throws<RuleViolationException>(() => breach.MarkDisputed(OtherDisputeId, Now));

        Assert.Equal(RuleKind.FailedPrecondition, error.Kind);
        Assert.Equal("breach.final", error.Code);
        Assert.Equal(status, breach.Status);
        Assert.Empty(breach.DomainEvents);
    }

    [Fact]
    public void Resolved_case_settles_the_disputed_breach()
    {
        var breach = new BreachBuilder().Build(BreachStatus.Disputed);

        var changed = breach.MarkSettled(DisputeId, Now);

        Assert.True(changed);
        Assert.Equal(BreachStatus.Settled, breach.Status);
        Assert.True(breach.IsFinal);
        var statusChanged = Assert.IsType<BreachStatusChanged>(Assert.Single(breach.DomainEvents));
        Assert.Equal((BreachStatus.Disputed, BreachStatus.Settled), (statusChanged.FromStatus, statusChanged.ToStatus));
        Assert.Equal(DisputeId, statusChanged.DisputeId);
    }

    [Fact]
    public void Repeated_settlement_for_the_same_case_changes_nothing()
    {
        var breach = new BreachBuilder().Build(BreachStatus.Settled);
        var version = breach.Version;

        Assert.False(breach.MarkSettled(DisputeId, Now));
        Assert.Equal(version, breach.Version);
        Assert.Empty(breach.DomainEvents);
    }

    [Theory]
    [InlineData(BreachStatus.Open)]
    [InlineData(BreachStatus.Acknowledged)]
    [InlineData(BreachStatus.Remedied)]
    public void Only_a_disputed_breach_can_be_settled(BreachStatus status)
    {
        var breach = new BreachBuilder().Build(status);

        var error = Assert.Throws<RuleViolationException>(() => breach.MarkSettled(DisputeId, Now));

        Assert.Equal(RuleKind.FailedPrecondition, error.Kind);
        Assert.Equal("breach.not_disputed", error.Code);
        Assert.Equal("breach.status", error.Subject);
        Assert.Equal(status, breach.Status);
    }

    [Fact]
    public void Settlement_of_another_case_is_refused()
    {
        var breach = new BreachBuilder().Build(BreachStatus.Disputed);

        var error = Assert.Throws<RuleViolationException>(() => breach.MarkSettled(OtherDisputeId, Now));

        Assert.Equal("breach.disputed_in_other_case", error.Code);
        Assert.Equal(BreachStatus.Disputed, breach.Status);
    }

    [Fact]
    public void Settlement_by_another_case_after_settling_is_refused()
    {
        var breach = new BreachBuilder().Build(BreachStatus.Settled);

        var error = Assert.Throws<RuleViolationException>(() => breach.MarkSettled(OtherDisputeId, Now));

        Assert.Equal("breach.not_disputed", error.Code);
    }

    [Theory]
    [InlineData(BreachStatus.Open)]
    [InlineData(BreachStatus.Acknowledged)]
    public void Withdrawn_case_returns_the_breach_to_the_status_it_had_before(BreachStatus before)
    {
        var breach = Disputed(before);
        var version = breach.Version;

        var changed = breach.MarkDisputeWithdrawn(DisputeId, Now);

        Assert.True(changed);
        Assert.Equal(before, breach.Status);
        Assert.Null(breach.StatusBeforeDispute);
        Assert.False(breach.IsFinal);
        Assert.Equal(version + 1, breach.Version);
        var statusChanged = Assert.IsType<BreachStatusChanged>(Assert.Single(breach.DomainEvents));
        Assert.Equal((BreachStatus.Disputed, before), (statusChanged.FromStatus, statusChanged.ToStatus));
        Assert.Equal($"dispute {DisputeId} withdrawn", statusChanged.Note);
        Assert.Null(statusChanged.ChangedBy);
        Assert.Equal(DisputeId, statusChanged.DisputeId);
    }

    [Fact]
    public void Breach_released_by_a_withdrawn_case_is_acknowledged_and_remedied_as_usual()
    {
        var breach = new BreachBuilder().Build(BreachStatus.Disputed);
        breach.MarkDisputeWithdrawn(DisputeId, Now);

        breach.Acknowledge(breach.Version, "Officer Li", Now);
        breach.MarkRemedied(breach.Version, "Officer Li", "Credited the missed hours", Now);

        Assert.Equal(BreachStatus.Remedied, breach.Status);
    }

    [Fact]
    public void Breach_released_by_a_withdrawn_case_can_be_disputed_in_a_new_case_and_settled()
    {
        var breach = Disputed(BreachStatus.Acknowledged);
        breach.MarkDisputeWithdrawn(DisputeId, Now);

        Assert.True(breach.MarkDisputed(OtherDisputeId, Now));
        Assert.Equal((BreachStatus.Disputed, OtherDisputeId, BreachStatus.Acknowledged), (breach.Status, breach.DisputeId, breach.StatusBeforeDispute));
        Assert.True(breach.MarkSettled(OtherDisputeId, Now));
        Assert.Equal(BreachStatus.Settled, breach.Status);
    }

    [Fact]
    public void Repeated_withdrawal_of_the_same_case_changes_nothing()
    {
        var breach = new BreachBuilder().Build(BreachStatus.Disputed);
        breach.MarkDisputeWithdrawn(DisputeId, Now);
        breach.ClearDomainEvents();
        var version = breach.Version;

        Assert.False(breach.MarkDisputeWithdrawn(DisputeId, Now));
        Assert.Equal((BreachStatus.Open, version), (breach.Status, breach.Version));
        Assert.Empty(breach.DomainEvents);
    }

    [Fact]
    public void Late_opening_of_a_withdrawn_case_changes_nothing()
    {
        var breach = new BreachBuilder().Build(BreachStatus.Disputed);
        breach.MarkDisputeWithdrawn(DisputeId, Now);
        breach.ClearDomainEvents();

        Assert.False(breach.MarkDisputed(DisputeId, Now));
        Assert.Equal(BreachStatus.Open, breach.Status);
        Assert.Empty(breach.DomainEvents);
    }

    [Fact]
    public void Withdrawal_of_another_case_leaves_the_breach_disputed()
    {
        var breach = new BreachBuilder().Build(BreachStatus.Disputed);

        var error = Assert.Throws<RuleViolationException>(() => breach.MarkDisputeWithdrawn(OtherDisputeId, Now));

        Assert.Equal(RuleKind.FailedPrecondition, error.Kind);
        Assert.Equal("breach.disputed_in_other_case", error.Code);
        Assert.Equal((BreachStatus.Disputed, DisputeId), (breach.Status, breach.DisputeId));
    }

    [Theory]
    [InlineData(BreachStatus.Open)]
    [InlineData(BreachStatus.Remedied)]
    [InlineData(BreachStatus.Settled)]
    public void Withdrawal_of_a_case_the_breach_is_not_disputed_in_is_refused(BreachStatus status)
    {
        var breach = new BreachBuilder().Build(status);

        var error = Assert.Throws<RuleViolationException>(() => breach.MarkDisputeWithdrawn(OtherDisputeId, Now));

        Assert.Equal("breach.not_disputed", error.Code);
        Assert.Equal(status, breach.Status);
        Assert.Empty(breach.DomainEvents);
    }

    [Fact]
    public void Dispute_mark_without_a_case_id_names_dispute_id()
    {
        var breach = new BreachBuilder().BuildOpen();

        var error = Assert.Throws<RuleViolationException>(() => breach.MarkDisputed(Guid.Empty, Now));

        Assert.Equal(RuleKind.InvalidArgument, error.Kind);
        Assert.Equal("dispute_id", error.Subject);
    }

    /// <summary>A breach disputed in <see cref="DisputeId"/> from <paramref name="before"/>, its events cleared.</summary>
    private static Breach Disputed(BreachStatus before)
    {
        var breach = new BreachBuilder().Build(before);
        breach.MarkDisputed(DisputeId, Now);
        breach.ClearDomainEvents();
        return breach;
    }
}
