namespace Platform.Agreements.Domain.Compliance;

/// <summary>How a clause fared in a period.</summary>
public enum ComplianceStatus
{
    /// <summary>The facts show the target was met.</summary>
    Met,

    /// <summary>Not missed yet, but close to it or still open (an interruption going on, a rectification pending).</summary>
    AtRisk,

    /// <summary>The target was missed.</summary>
    Missed,

    /// <summary>No fact about the clause reached Agreements for the period.</summary>
    NoData,
}
