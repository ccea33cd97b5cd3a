namespace Platform.Contracts.Events.Agreements;

/// <summary>A breach changed status or severity (acknowledged, remedied, reclassified, disputed, settled).</summary>
public sealed record BreachStatusChanged : IntegrationEvent
{
    /// <summary>Breach id.</summary>
    public required Guid BreachId { get; init; }

    /// <summary>The agreement breached.</summary>
    public required Guid AgreementId { get; init; }

    /// <summary>Status before: "Open", "Acknowledged", "Remedied", "Disputed" or "Settled".</summary>
    public required string FromStatus { get; init; }

    /// <summary>Status after.</summary>
    public required string ToStatus { get; init; }

    /// <summary>Severity after ("Minor" or "Major").</summary>
    public required string Severity { get; init; }

    /// <summary>Breach version after this change.</summary>
    public required long BreachVersion { get; init; }
}
