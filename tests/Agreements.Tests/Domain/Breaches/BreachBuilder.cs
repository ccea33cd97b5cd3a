using Platform.Agreements.Domain.Breaches;

namespace Platform.Agreements.Tests.Domain.Breaches;

/// <summary>A minor breach (missed first response) by default; <see cref="Major"/> makes it a 4.2.1 one.</summary>
internal sealed class BreachBuilder
{
    public static readonly DateTimeOffset Now = BreachFacts.Now;
    public static readonly Guid DisputeId = Guid.Parse("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c000005");

    private BreachFinding _finding = BreachRules.ForMissedClock(BreachFacts.MissedClock(), agreementWasActive: true)!;

    public BreachBuilder Major()
    {
        _finding = BreachRules.ForInterruption(BreachFacts.Interruption(), agreementWasActive: true, Now.AddHours(4))!;
        return this;
    }

    public Breach BuildOpen()
    {
        var breach = Breach.Determine(Guid.NewGuid(), _finding, Now);
        breach.ClearDomainEvents();
        return breach;
    }

    /// <summary>A breach brought to <paramref name="status"/> the ordinary way, its events cleared; disputes use <see cref="DisputeId"/>.</summary>
    public Breach Build(BreachStatus status)
    {
        var breach = BuildOpen();
        switch (status)
        {
            case BreachStatus.Acknowledged:
                breach.Acknowledge(breach.Version, "Officer Li", Now);
                break;
            case BreachStatus.Remedied:
                breach.Acknowledge(breach.Version, "Officer Li", Now);
                breach.MarkRemedied(breach.Version, "Officer Li", "Called back and closed the complaint", Now);
                break;
            case BreachStatus.Disputed:
                breach.MarkDisputed(DisputeId, Now);
                break;
            case BreachStatus.Settled:
                breach.MarkDisputed(DisputeId, Now);
                breach.MarkSettled(DisputeId, Now);
                break;
            case BreachStatus.Open:
            default:
                break;
        }

        breach.ClearDomainEvents();
        return breach;
    }
}
