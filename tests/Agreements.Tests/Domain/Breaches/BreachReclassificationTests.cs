using Platform.Agreements.Domain.Breaches;
using Platform.SharedKernel;

namespace Platform.Agreements.Tests.Domain.Breaches;

/// <summary>Clause 4.1: a minor breach with major loss to the customer is major.</summary>
public sealed class BreachReclassificationTests
{
    private static readonly DateTimeOffset Now = BreachBuilder.Now;

    [Theory]
    [InlineData(BreachStatus.Open)]
    [InlineData(BreachStatus.Acknowledged)]
    [InlineData(BreachStatus.Disputed)]
    public void Minor_breach_with_major_loss_is_reclassified_as_major_and_keeps_its_status(BreachStatus status)
    {
        var breach = new BreachBuilder().Build(status);
        var version = breach.Version;

        breach.Reclassify(version, "Customer lost a day of sales", "Officer Li", Now);

        Assert.Equal(BreachSeverity.Major, breach.Severity);
        Assert.Equal(status, breach.Status);
        Assert.Equal("Customer lost a day of sales", breach.ReclassificationReason);
        Assert.Equal("2.3.1", breach.Clause.Number);
        Assert.Equal(version + 1, breach.Version);
        var changed = Assert.IsType<BreachStatusChanged>(Assert.Single(breach.DomainEvents));
        Assert.Equal((status, status), (changed.FromStatus, changed.ToStatus));
        Assert.Equal((BreachSeverity.Minor, BreachSeverity.Major), (changed.FromSeverity, changed.ToSeverity));
        Assert.Equal("Customer lost a day of sales", changed.Note);
        Assert.Equal("Officer Li", changed.ChangedBy);
    }

    [Fact]
    public void Major_breach_cannot_be_reclassified()
    {
        var breach = new BreachBuilder().Major().BuildOpen();

        var error = Assert.Throws<RuleViolationException>(() => breach.Reclassify(breach.Version, "Big loss", "Officer Li", Now));

        Assert.Equal(RuleKind.FailedPrecondition, error.Kind);
        Assert.Equal("breach.already_major", error.Code);
        Assert.Equal("4.1", error.Subject);
        Assert.Empty(breach.DomainEvents);
    }

    [Fact]
    public void Reclassified_breach_cannot_be_reclassified_again()
    {
        var breach = new BreachBuilder().BuildOpen();
        breach.Reclassify(breach.Version, "Big loss", "Officer Li", Now);

        var error = Assert.Throws<RuleViolationException>(() => breach.Reclassify(breach.Version, "Bigger loss", "Officer Li", Now));

        Assert.Equal("breach.already_major", error.Code);
        Assert.Equal("Big loss", breach.ReclassificationReason);
    }

    [Theory]
    [InlineData(BreachStatus.Remedied)]
    [InlineData(BreachStatus.Settled)]
    public void Final_breach_cannot_be_reclassified(BreachStatus status)
    {
        var breach = new BreachBuilder().Build(status);

        var error = Assert.Throws<RuleViolationException>(() => breach.Reclassify(breach.Version, "Big loss", "Officer Li", Now));

        Assert.Equal(RuleKind.FailedPrecondition, error.Kind);
        Assert.Equal("breach.final", error.Code);
        Assert.Equal(BreachSeverity.Minor, breach.Severity);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Reclassification_without_a_reason_names_reason(string reason)
    {
        var breach = new BreachBuilder().BuildOpen();

        var error = Assert.Throws<RuleViolationException>(() => breach.Reclassify(breach.Version, reason, "Officer Li", Now));

        Assert.Equal(RuleKind.InvalidArgument, error.Kind);
        Assert.Equal("reason", error.Subject);
        Assert.Equal(BreachSeverity.Minor, breach.Severity);
    }

    [Fact]
    public void Reclassification_without_an_officer_names_reclassified_by()
    {
        var breach = new BreachBuilder().BuildOpen();

        var error = Assert.Throws<RuleViolationException>(() => breach.Reclassify(breach.Version, "Big loss", "", Now));

        Assert.Equal("reclassified_by", error.Subject);
    }

    [Fact]
    public void Reclassifying_with_a_stale_version_is_a_concurrency_conflict()
    {
        var breach = new BreachBuilder().Build(BreachStatus.Acknowledged);

        var error = Assert.Throws<RuleViolationException>(() => breach.Reclassify(expectedVersion: 1, "Big loss", "Officer Li", Now));

        Assert.Equal(RuleKind.ConcurrencyConflict, error.Kind);
        Assert.Equal(BreachSeverity.Minor, breach.Severity);
    }
}
