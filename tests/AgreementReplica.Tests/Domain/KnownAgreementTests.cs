using Platform.AgreementReplica.Domain;

namespace Platform.AgreementReplica.Tests.Domain;

public sealed class KnownAgreementTests
{
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

        var applied = known.Activated("CXQ-2026-000001", version: 2, s_t0);

        Assert.True(applied);
        Assert.True(known.AcceptsWork);
        Assert.Equal("CXQ-2026-000001", known.Number);
    }

    [Fact]
    public void Expired_agreement_accepts_no_work()
    {
        var known = KnownAgreement.FirstHeardOf(Guid.NewGuid());
        known.Activated("CXQ-2026-000001", version: 2, s_t0);

        known.Expired("CXQ-2026-000001", version: 3, s_t0.AddDays(365));

        Assert.False(known.AcceptsWork);
        Assert.Equal(3, known.Version);
    }

    [Fact]
    public void Activation_arriving_after_the_expiry_is_ignored()
    {
        var known = KnownAgreement.FirstHeardOf(Guid.NewGuid());
        known.Expired("CXQ-2026-000001", version: 3, s_t0.AddDays(365));

        var applied = known.Activated("CXQ-2026-000001", version: 2, s_t0);

        Assert.False(applied);
        Assert.False(known.AcceptsWork);
        Assert.Equal(s_t0.AddDays(365), known.LastChangedAt);
    }

    [Fact]
    public void Same_fact_applied_twice_changes_nothing_the_second_time()
    {
        var known = KnownAgreement.FirstHeardOf(Guid.NewGuid());
        known.Activated("CXQ-2026-000001", version: 2, s_t0);

        Assert.False(known.Activated("CXQ-2026-000001", version: 2, s_t0));
    }
}
