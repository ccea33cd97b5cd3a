using Platform.Agreements.Domain.Breaches;
using Platform.SharedKernel;

namespace Platform.Agreements.Tests.Domain.Breaches;

public sealed class BreachLifecycleTests
{
    private static readonly DateTimeOffset Now = BreachBuilder.Now;

    [Fact]
    public void Determined_breach_is_open_at_version_one_and_raises_BreachDetermined()
    {
        var finding = BreachRules.ForMissedClock(BreachFacts.MissedClock(), agreementWasActive: true)!;
        var id = Guid.NewGuid();

        var breach = Breach.Determine(id, finding, Now);

        Assert.Equal(BreachStatus.Open, breach.Status);
        Assert.Equal(1, breach.Version);
        Assert.Equal(BreachSeverity.Minor, breach.Severity);
        Assert.Equal(finding.Evidence, breach.Evidence);
        Assert.Equal(finding.FactAt, breach.FactAt);
        Assert.Equal(Now, breach.DetectedAt);
        Assert.Null(breach.ReclassificationReason);
        Assert.Null(breach.DisputeId);
        var determined = Assert.IsType<BreachDetermined>(Assert.Single(breach.DomainEvents));
        Assert.Equal(id, determined.BreachId);
        Assert.Equal(BreachFacts.AgreementId, determined.AgreementId);
        Assert.Equal("2.3.1", determined.Clause.Number);
        Assert.Equal(1, determined.Version);
        Assert.Equal(Now, determined.OccurredAt);
    }

    [Fact]
    public void Breach_without_an_id_is_an_invalid_argument()
    {
        var finding = BreachRules.ForMissedClock(BreachFacts.MissedClock(), agreementWasActive: true)!;

        var error = Assert.Throws<RuleViolationException>(() => Breach.Determine(Guid.Empty, finding, Now));

        Assert.Equal("breach_id", error.Subject);
    }

    [Fact]
    public void Acknowledging_an_open_breach_makes_it_acknowledged()
    {
        var breach = new BreachBuilder().BuildOpen();

        breach.Acknowledge(expectedVersion: 1, " Officer Li ", Now.AddHours(1));

        Assert.Equal(BreachStatus.Acknowledged, breach.Status);
        Assert.Equal(2, breach.Version);
        Assert.Equal(Now.AddHours(1), breach.UpdatedAt);
        var changed = Assert.IsType<BreachStatusChanged>(Assert.Single(breach.DomainEvents));
        Assert.Equal((BreachStatus.Open, BreachStatus.Acknowledged), (changed.FromStatus, changed.ToStatus));
        Assert.Equal((BreachSeverity.Minor, BreachSeverity.Minor), (changed.FromSeverity, changed.ToSeverity));
        Assert.Equal("Officer Li", changed.ChangedBy);
        Assert.Equal(2, changed.Version);
    }

    [Theory]
    [InlineData(BreachStatus.Acknowledged)]
    [InlineData(BreachStatus.Remedied)]
    [InlineData(BreachStatus.Disputed)]
    [InlineData(BreachStatus.Settled)]
    public void Only_an_open_breach_can_be_acknowledged(BreachStatus status)
    {
        var breach = new BreachBuilder().Build(status);

        var error = Assert.Throws<RuleViolationException>(() => breach.Acknowledge(breach.Version, "Officer Li", Now));

        Assert.Equal(RuleKind.FailedPrecondition, error.Kind);
        Assert.Equal("breach.not_open", error.Code);
        Assert.Equal("breach.status", error.Subject);
        Assert.Equal(status, breach.Status);
        Assert.Empty(breach.DomainEvents);
    }

    [Fact]
    public void Acknowledging_without_an_officer_names_acknowledged_by()
    {
        var breach = new BreachBuilder().BuildOpen();

        var error = Assert.Throws<RuleViolationException>(() => breach.Acknowledge(breach.Version, " ", Now));

        Assert.Equal(RuleKind.InvalidArgument, error.Kind);
        Assert.Equal("acknowledged_by", error.Subject);
    }

    [Fact]
    public void Remedying_an_acknowledged_breach_makes_it_remedied_and_final()
    {
        var breach = new BreachBuilder().Build(BreachStatus.Acknowledged);

        breach.MarkRemedied(breach.Version, "Officer Li", "Refunded the service fee", Now);

        Assert.Equal(BreachStatus.Remedied, breach.Status);
        Assert.True(breach.IsFinal);
        Assert.Equal(3, breach.Version);
        var changed = Assert.IsType<BreachStatusChanged>(Assert.Single(breach.DomainEvents));
        Assert.Equal((BreachStatus.Acknowledged, BreachStatus.Remedied), (changed.FromStatus, changed.ToStatus));
        Assert.Equal("Refunded the service fee", changed.Note);
    }

    [Theory]
    [InlineData(BreachStatus.Open)]
    [InlineData(BreachStatus.Remedied)]
    [InlineData(BreachStatus.Disputed)]
    [InlineData(BreachStatus.Settled)]
    public void Only_an_acknowledged_breach_can_be_marked_remedied(BreachStatus status)
    {
        var breach = new BreachBuilder().Build(status);

        var error = Assert.Throws<RuleViolationException>(() => breach.MarkRemedied(breach.Version, "Officer Li", "Fixed", Now));

        Assert.Equal(RuleKind.FailedPrecondition, error.Kind);
        Assert.Equal("breach.not_acknowledged", error.Code);
        Assert.Equal(status, breach.Status);
        Assert.Empty(breach.DomainEvents);
    }

    [Fact]
    public void Remedying_an_open_breach_says_to_acknowledge_it_first()
    {
        var breach = new BreachBuilder().BuildOpen();

        var error = Assert.Throws<RuleViolationException>(() => breach.MarkRemedied(breach.Version, "Officer Li", "Fixed", Now));

        Assert.EndsWith("Acknowledge it first.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Remedying_without_a_note_names_note()
    {
        var breach = new BreachBuilder().Build(BreachStatus.Acknowledged);

        var error = Assert.Throws<RuleViolationException>(() => breach.MarkRemedied(breach.Version, "Officer Li", "", Now));

        Assert.Equal("note", error.Subject);
    }

    [Fact]
    public void Overlong_remedy_note_is_refused()
    {
        var breach = new BreachBuilder().Build(BreachStatus.Acknowledged);

        var error = Assert.Throws<RuleViolationException>(() => breach.MarkRemedied(breach.Version, "Officer Li", new string('x', 2001), Now));

        Assert.Equal("note", error.Subject);
    }

    [Fact]
    public void Acknowledging_with_a_stale_version_is_a_concurrency_conflict()
    {
        var breach = new BreachBuilder().BuildOpen();

        var error = Assert.Throws<RuleViolationException>(() => breach.Acknowledge(expectedVersion: 7, "Officer Li", Now));

        Assert.Equal(RuleKind.ConcurrencyConflict, error.Kind);
        Assert.Equal("concurrency_conflict", error.Code);
        Assert.Equal("version", error.Subject);
        Assert.Equal(BreachStatus.Open, breach.Status);
        Assert.Equal(1, breach.Version);
    }

    [Fact]
    public void Remedying_with_the_version_before_acknowledgement_is_a_concurrency_conflict()
    {
        var breach = new BreachBuilder().Build(BreachStatus.Acknowledged);

        var error = Assert.Throws<RuleViolationException>(() => breach.MarkRemedied(expectedVersion: 1, "Officer Li", "Fixed", Now));

        Assert.Equal(RuleKind.ConcurrencyConflict, error.Kind);
        Assert.Equal(BreachStatus.Acknowledged, breach.Status);
    }

    [Fact]
    public void Every_change_increments_the_version_and_raises_one_event()
    {
        var breach = new BreachBuilder().BuildOpen();

        breach.Reclassify(1, "Customer lost a day of sales", "Officer Li", Now);
        breach.Acknowledge(2, "Officer Li", Now);
        breach.MarkRemedied(3, "Officer Li", "Compensated", Now);

        Assert.Equal(4, breach.Version);
        Assert.Equal([2L, 3L, 4L], breach.DomainEvents.Cast<BreachStatusChanged>().Select(changed => changed.Version));
    }
}
