namespace Platform.Agreements.Domain.Breaches;

/// <summary>
/// What a rule of clause 4 found: a breach of <see cref="Clause"/> proved by <see cref="Evidence"/>. Only
/// <see cref="BreachRules"/> makes findings, so every breach on record comes from a rule of the document.
/// </summary>
public sealed record BreachFinding
{
    internal BreachFinding(Guid agreementId, BreachClause clause, BreachEvidence evidence, string description, DateTimeOffset factAt)
    {
        AgreementId = agreementId;
        Clause = clause;
        Evidence = evidence;
        Description = description;
        FactAt = factAt;
    }

    public Guid AgreementId { get; }

    public BreachClause Clause { get; }

    /// <summary>The severity the clause gives (4.1 minor; 4.2.x major).</summary>
    public BreachSeverity Severity => Clause.InitialSeverity;

    public BreachEvidence Evidence { get; }

    /// <summary>What happened, in a sentence with ids, times and numbers only (no personal data).</summary>
    public string Description { get; }

    /// <summary>When the failing fact happened, e.g. the due time that passed.</summary>
    public DateTimeOffset FactAt { get; }
}
