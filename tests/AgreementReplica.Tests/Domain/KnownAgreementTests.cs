using Platform.AgreementReplica.Domain;

namespace Platform.AgreementReplica.Tests.Domain;

public sealed class KnownAgreementTests
{
    private const string Number = "CXQ-2026-000001";
    private static readonly DateTimeOffset s_t0 = new(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Agreement_first_heard_of_accepts_no_work()
    {
        var known = KnownAgreement.FirstHeardOf(Guid.NewGuid());

        Assert.False(known.AcceptsWork);
    }

    [Fact]
    public void Activated_agreement_accepts_work()
    {
        var known = KnownAgreement.FirstHeardOf(Guid.NewGuid());

        var applied = known.Record(Number, KnownAgreementStatus.Active, version: 2, s_t0);

        Assert.True(applied);
        Assert.True(known.AcceptsWork);
        Assert.Equal(Number, known.Number);
    }

    [Theory]
    [InlineData(KnownAgreementStatus.Suspended)]
    [InlineData(KnownAgreementStatus.Terminated)]
    [InlineData(KnownAgreementStatus.Expired)]
    public void Agreement_not_in_force_accepts_no_work(KnownAgreementStatus status)
    {
        var known = KnownAgreement.FirstHeardOf(Guid.NewGuid());
        known.Record(Number, KnownAgreementStatus.Active, version: 2, s_t0);

        known.Record(Number, status, version: 3, s_t0.AddDays(30));

        Assert.False(known.AcceptsWork);
        Assert.Equal(3, known.Version);
    }

    [Fact]
    public void Resumed_agreement_accepts_work_again()
    {
        var known = KnownAgreement.FirstHeardOf(Guid.NewGuid());
        known.Record(Number, KnownAgreementStatus.Active, version: 2, s_t0);
        known.Record(Number, KnownAgreementStatus.Suspended, version: 3, s_t0.AddDays(1));

        known.Record(Number, KnownAgreementStatus.Active, version: 4, s_t0.AddDays(2));

        Assert.True(known.AcceptsWork);
    }

    [Fact]
    public void Activation_arriving_after_the_expiry_is_ignored()
    {
        var known = KnownAgreement.FirstHeardOf(Guid.NewGuid());
        known.Record(Number, KnownAgreementStatus.Expired, version: 3, s_t0.AddDays(365));

        var applied = known.Record(Number, KnownAgreementStatus.Active, version: 2, s_t0);

        Assert.False(applied);
        Assert.False(known.AcceptsWork);
        Assert.Equal(s_t0.AddDays(365), known.LastChangedAt);
    }

    [Fact]
    public void Same_fact_applied_twice_changes_nothing_the_second_time()
    {
        var known = KnownAgreement.FirstHeardOf(Guid.NewGuid());
        known.Record(Number, KnownAgreementStatus.Active, version: 2, s_t0);

        Assert.False(known.Record(Number, KnownAgreementStatus.Active, version: 2, s_t0));
    }
}
