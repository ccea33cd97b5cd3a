using Platform.Assurance.Domain.Interruptions;
using Platform.SharedKernel;

namespace Platform.Assurance.Tests.Interruptions;

/// <summary>
/// An interruption of the hotline of <see cref="Promisor"/>'s agreement <see cref="AgreementId"/>, caused by the
/// promisor, started at <see cref="Start"/> and reported at <see cref="Now"/>; each With… changes one thing.
/// </summary>
internal sealed class InterruptionBuilder
{
    public const string Promisor = "org-acme";
    public const string Operator = "noc-operator";

    /// <summary>A Monday, 09:00 UTC.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Five hours before <see cref="Now"/>.</summary>
    public static readonly DateTimeOffset Start = Now.AddHours(-5);

    public static readonly Guid AgreementId = Guid.Parse("6f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f");

    private DateTimeOffset _startedAt = Start;

    public static ClientRequest Request { get; } = new(Guid.Parse("1b2c3d4e-5f60-4718-829a-b0c1d2e3f405"), "fingerprint-of-the-request");

    public static InterruptionScope Scope(params Guid[] agreements) =>
        InterruptionScope.Of(["customer hotline"], agreements.Length == 0 ? [AgreementId] : agreements, false);

    public InterruptionBuilder StartedAt(DateTimeOffset startedAt)
    {
        _startedAt = startedAt;
        return this;
    }

    /// <summary>Reported, with the event of the report cleared.</summary>
    public Interruption Build()
    {
        var interruption = Interruption.Report(Guid.CreateVersion7(), Request, Promisor, _startedAt, Scope(), true, "Switch failure", Operator, Now);
        interruption.ClearDomainEvents();
        return interruption;
    }

    /// <summary>Reported, then ended at <paramref name="endedAt"/> (reported at <see cref="Now"/>); events cleared.</summary>
    public Interruption BuildEnded(DateTimeOffset endedAt)
    {
        var interruption = Build();
        interruption.End(endedAt, null, Operator, interruption.Version, Now);
        interruption.ClearDomainEvents();
        return interruption;
    }
}
