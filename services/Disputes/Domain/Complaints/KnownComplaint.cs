namespace Platform.Disputes.Domain.Complaints;

/// <summary>
/// This context's record that a complaint was filed under an agreement, kept from ComplaintFiled, so a case can
/// link the complaints it is about and check they belong to its agreement. No personal data: ids and times only.
/// </summary>
public sealed class KnownComplaint
{
    // For EF Core.
    private KnownComplaint()
    {
    }

    public KnownComplaint(Guid complaintId, Guid agreementId, DateTimeOffset receivedAt)
    {
        ComplaintId = complaintId;
        AgreementId = agreementId;
        ReceivedAt = receivedAt;
    }

    public Guid ComplaintId { get; private set; }

    public Guid AgreementId { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }
}
