using Platform.Complaints.Domain;
using Platform.Contracts.Complaints.V1;
using Platform.ServiceDefaults.Requests;
using Platform.SharedKernel;
using ComplaintSeverity = Platform.Complaints.Domain.ComplaintSeverity;
using CustomerContact = Platform.Complaints.Domain.CustomerContact;

namespace Platform.Complaints.Intake;

/// <summary>A FileComplaint request checked for everything that needs no database: what the filing rules are applied to.</summary>
public sealed record NewFiling(
    Guid AgreementId,
    ClientRequest Request,
    ComplaintDetails Details,
    CustomerContact Customer,
    DateTimeOffset ReceivedAt,
    string Actor,
    DateTimeOffset Now)
{
    /// <summary>Reads and checks the request's fields; a bad one is refused with its name.</summary>
    public static NewFiling Parse(FileComplaintRequest request, ClientRequest clientRequest, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        var agreementId = RequestFields.RequiredGuid(request.AgreementId, "agreement_id");
        var details = ComplaintDetails.Of(
            Channel.Of((ChannelKind)(int)request.Channel, request.ChannelName),
            request.Subject,
            request.Description,
            request.Category,
            (ComplaintSeverity)(int)request.Severity);
        var contact = RequestFields.Required(request.Contact, "contact");
        var customer = CustomerContact.Of(contact.Name, contact.Phone, contact.Email);
        var receivedAt = RequestFields.OptionalTime(request.ReceivedAt, "received_at") ?? now;
        return new NewFiling(agreementId, clientRequest, details, customer, receivedAt, request.Actor, now);
    }
}
