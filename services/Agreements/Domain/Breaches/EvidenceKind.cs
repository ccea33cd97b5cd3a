namespace Platform.Agreements.Domain.Breaches;

/// <summary>What kind of fact proves a breach.</summary>
public enum EvidenceKind
{
    /// <summary>A complaint, its SLA clocks or its solution (clauses 2.3.1, 4.2.2).</summary>
    Complaint,

    /// <summary>The resolution rate of an agreement over a closed period (clause 2.3.2).</summary>
    ResolutionPeriod,

    /// <summary>A service interruption (clauses 1.3, 4.2.1).</summary>
    Interruption,

    /// <summary>A third-party satisfaction survey and its rectification (clauses 2.3.3, 4.2.3).</summary>
    Survey,
}
