namespace Platform.Agreements.Domain.Breaches;

/// <summary>How grave a breach is, by section 4 of the commitment.</summary>
public enum BreachSeverity
{
    /// <summary>Clause 4.1: a response time or the resolution rate missed, without major loss to the customer.</summary>
    Minor,

    /// <summary>Clause 4.2: an interruption, a major complaint or a survey failing as 4.2.1–4.2.3 say, or a minor breach that caused the customer a major loss.</summary>
    Major,
}
