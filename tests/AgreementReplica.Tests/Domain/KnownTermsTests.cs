using Platform.AgreementReplica.Domain;
using Platform.Contracts.Events.Agreements;

namespace Platform.AgreementReplica.Tests.Domain;

public sealed class KnownTermsTests
{
    private static readonly DateTimeOffset s_signed = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset s_amended = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Work_is_judged_by_the_terms_in_force_when_it_happened()
    {
        var known = KnownAgreement.FirstHeardOf(Guid.NewGuid());
        known.RecordTerms(1, s_signed, Terms(hours: 2));
        known.RecordTerms(2, s_amended, Terms(hours: 1));

        Assert.Equal(TimeSpan.FromHours(2), known.TermsAt(s_amended.AddTicks(-1))!.Terms.FirstResponseWithin);
        Assert.Equal(TimeSpan.FromHours(1), known.TermsAt(s_amended)!.Terms.FirstResponseWithin);
        Assert.Null(known.TermsAt(s_signed.AddTicks(-1)));
    }

    [Fact]
    public void An_amendment_arriving_before_the_activation_is_kept_in_version_order()
    {
        var known = KnownAgreement.FirstHeardOf(Guid.NewGuid());

        known.RecordTerms(2, s_amended, Terms(hours: 1));
        known.RecordTerms(1, s_signed, Terms(hours: 2));

        Assert.Equal([1, 2], known.TermsVersions.Select(t => t.Version));
        Assert.Equal(1, known.TermsAt(s_signed.AddDays(1))!.Version);
    }

    [Fact]
    public void A_terms_version_received_twice_is_kept_once()
    {
        var known = KnownAgreement.FirstHeardOf(Guid.NewGuid());
        known.RecordTerms(1, s_signed, Terms(hours: 2));

        Assert.False(known.RecordTerms(1, s_signed, Terms(hours: 2)));
        Assert.Single(known.TermsVersions);
    }

    private static AgreementTermsSnapshot Terms(int hours) => new() { FirstResponseWithin = TimeSpan.FromHours(hours) };
}
