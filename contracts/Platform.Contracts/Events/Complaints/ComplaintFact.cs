namespace Platform.Contracts.Events.Complaints;

/// <summary>
/// A fact about one complaint. Facts carry no personal data: the customer's contact details never leave the
/// Complaints context.
/// </summary>
public abstract record ComplaintFact : IntegrationEvent
{
    /// <summary>Complaint id.</summary>
    public required Guid ComplaintId { get; init; }

    /// <summary>The agreement the complaint was filed under.</summary>
    public required Guid AgreementId { get; init; }
}
