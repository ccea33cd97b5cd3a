using Platform.Disputes.Domain;
using Platform.SharedKernel;

namespace Platform.Disputes.Tests.Domain;

/// <summary>
/// A dispute opened at <see cref="Now"/> under terms of a 14-day negotiation (deadline <see cref="Deadline"/>),
/// the commission <see cref="Commission"/> and the court <see cref="Venue"/>; each Build… goes one step further
/// and clears the events of the steps before.
/// </summary>
internal sealed class DisputeBuilder
{
    public const string Clerk = "clerk-1";
    public const string Officer = "officer-1";
    public const string Commission = "Chamber of Commerce Arbitration Commission";
    public const string Venue = "District Court Berlin";

    public static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Deadline = new(2026, 12, 10, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset AfterDeadline = Deadline.AddDays(1);
    public static readonly Guid AgreementId = Guid.Parse("6f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f");
    public static readonly Guid BreachId = Guid.Parse("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");

    private DisputeTerms _terms = Terms();
    private DateTimeOffset _openedAt = Now;

    public static ClientRequest Request { get; } = new(Guid.Parse("0d9e8f7a-6b5c-4d3e-9f2a-1b0c9d8e7f6a"), "fingerprint-of-the-request");

    public static DisputeTerms Terms(int negotiationMaxDays = 14) => new(negotiationMaxDays, Commission, Venue, 3);

    public static DisputeDetails Details() =>
        DisputeDetails.Of(
            new Party("Erika Mustermann", PartyRole.Customer),
            new Party("Acme Utilities GmbH", PartyRole.Promisor),
            "Outage credits not paid",
            [Claim.Of("Credit for the March outage", 120.50m, "eur")],
            [BreachId]);

    public DisputeBuilder WithTerms(DisputeTerms terms)
    {
        _terms = terms;
        return this;
    }

    public DisputeBuilder OpenedAt(DateTimeOffset openedAt)
    {
        _openedAt = openedAt;
        return this;
    }

    /// <summary>The opened case, with the event of opening still on it.</summary>
    public Dispute Build() => Dispute.Open(Guid.NewGuid(), AgreementId, Request, Details(), _terms, Clerk, _openedAt, _openedAt);

    /// <summary>Opened, with <see cref="Officer"/> assigned.</summary>
    public Dispute BuildAssigned() => Then(Build(), d => d.AssignOfficer(Clerk, Officer, d.Version, _openedAt.AddHours(1)));

    public Dispute BuildNegotiationFailed() => Then(BuildAssigned(), d => d.DeclareNegotiationFailed(Officer, "The promisor refuses any credit.", d.Version, _openedAt.AddDays(2)));

    /// <summary>Assigned, and the negotiation expired by its deadline.</summary>
    public Dispute BuildNegotiationExpired() => Then(BuildAssigned(), d => d.ExpireNegotiation(d.NegotiationDeadline));

    public Dispute BuildInArbitration() => Then(BuildNegotiationFailed(), d => d.AdvanceToArbitration(Officer, null, null, null, d.Version, _openedAt.AddDays(3)));

    public Dispute BuildInLitigation() =>
        Then(BuildNegotiationFailed(), d => d.AdvanceToLitigation(Officer, LitigationGround.PartiesAgreedLitigation, "AGR-2026-7", null, null, d.Version, _openedAt.AddDays(3)));

    public Dispute BuildSettled() => Then(BuildAssigned(), d => d.RecordSettlement(Officer, "EUR 100 credited.", d.Version, _openedAt.AddDays(2)));

    public Dispute BuildAwarded() => Then(BuildInArbitration(), d => d.RecordAward(Officer, new DateOnly(2027, 1, 15), "Credit of EUR 120.50 awarded.", d.Version, _openedAt.AddDays(50)));

    public Dispute BuildJudged() => Then(BuildInLitigation(), d => d.RecordJudgment(Officer, new DateOnly(2027, 3, 1), "Claim upheld.", d.Version, _openedAt.AddDays(90)));

    public Dispute BuildWithdrawn() => Then(BuildAssigned(), d => d.Withdraw(Clerk, "The claimant withdrew.", d.Version, _openedAt.AddDays(1)));

    private static Dispute Then(Dispute dispute, Action<Dispute> step)
    {
        step(dispute);
        dispute.ClearDomainEvents();
        return dispute;
    }
}
