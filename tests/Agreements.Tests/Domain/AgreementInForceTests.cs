namespace Platform.Agreements.Tests.Domain;

/// <summary>Clause 4 records a breach only against an agreement in force when the failing fact happened.</summary>
public sealed class AgreementInForceTests
{
    private static readonly DateTimeOffset s_now = AgreementBuilder.Now;

    [Fact]
    public void A_draft_is_never_in_force()
    {
        Assert.False(new AgreementBuilder().BuildDraft().WasInForceAt(s_now.AddDays(1)));
    }

    [Fact]
    public void A_signed_agreement_is_in_force_from_its_effective_time_to_its_expiry()
    {
        var agreement = new AgreementBuilder().EffectiveFrom(s_now.AddDays(-10)).BuildActive();

        Assert.False(agreement.WasInForceAt(s_now.AddDays(-10).AddTicks(-1)));
        Assert.True(agreement.WasInForceAt(s_now.AddDays(-10)));
        Assert.True(agreement.WasInForceAt(s_now.AddDays(100)));
        Assert.False(agreement.WasInForceAt(agreement.ExpiresAt));
    }

    [Fact]
    public void A_suspension_takes_the_agreement_out_of_force_until_it_is_resumed()
    {
        var agreement = new AgreementBuilder().BuildActive();
        agreement.Suspend("audit", agreement.Version, s_now.AddDays(10));
        agreement.Resume(agreement.Version, s_now.AddDays(20));

        Assert.True(agreement.WasInForceAt(s_now.AddDays(10).AddTicks(-1)));
        Assert.False(agreement.WasInForceAt(s_now.AddDays(10)));
        Assert.False(agreement.WasInForceAt(s_now.AddDays(15)));
        Assert.True(agreement.WasInForceAt(s_now.AddDays(20)));
    }

    [Fact]
    public void A_terminated_agreement_is_out_of_force_from_its_termination()
    {
        var agreement = new AgreementBuilder().BuildActive();
        agreement.Terminate("ended", agreement.Version, s_now.AddDays(30));

        Assert.True(agreement.WasInForceAt(s_now.AddDays(29)));
        Assert.False(agreement.WasInForceAt(s_now.AddDays(31)));
    }
}
