namespace Platform.Contracts.Events.Complaints;

/// <summary>A complaint's solution was marked clearly below industry standard (clause 4.2.2).</summary>
public sealed record SolutionMarkedBelowStandard : IntegrationEvent
{
    /// <summary>Complaint id.</summary>
    public required Guid ComplaintId { get; init; }

    /// <summary>The agreement the complaint was filed under.</summary>
    public required Guid AgreementId { get; init; }
}
