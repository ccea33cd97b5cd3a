namespace Platform.Contracts.Events.Agreements;

/// <summary>Agreements decided, by clause 4, that a breach happened.</summary>
public sealed record BreachDetermined : IntegrationEvent
{
    /// <summary>Breach id.</summary>
    public required Guid BreachId { get; init; }

    /// <summary>The agreement breached.</summary>
    public required Guid AgreementId { get; init; }

    /// <summary>The clause, e.g. "2.3.1" or "4.2.1".</summary>
    public required string Clause { get; init; }

    /// <summary>"Minor" or "Major".</summary>
    public required string Severity { get; init; }

    /// <summary>"Complaint", "ResolutionPeriod", "Interruption" or "Survey".</summary>
    public required string EvidenceKind { get; init; }

    /// <summary>Id of the complaint, interruption or survey (or the period) that proves it.</summary>
    public required string EvidenceId { get; init; }

    /// <summary>What happened, without personal data.</summary>
    public required string Description { get; init; }

    /// <summary>When the failing fact happened.</summary>
    public required DateTimeOffset FactAt { get; init; }

    /// <summary>Breach version after this change.</summary>
    public required long BreachVersion { get; init; }
}
