using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Complaints.V1;

namespace Platform.IntegrationTests.Services.Complaints;

/// <summary>Valid requests by default, each test changing only what it is about.</summary>
internal static class ComplaintRequests
{
    public const string Agent = "Ann Agent";
    public const string CustomerName = "Li Lei";
    public const string Phone = "13812345678";
    public const string Email = "alice@example.com";

    public static FileComplaintRequest File(Guid agreementId, ComplaintSeverity severity = ComplaintSeverity.Normal, DateTimeOffset? receivedAt = null)
    {
        var request = new FileComplaintRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            AgreementId = agreementId.ToString(),
            Channel = ComplaintChannel.Email,
            Subject = "Invoice charged twice",
            Description = "The March invoice was charged twice to the same card.",
            Category = "billing",
            Severity = severity,
            Contact = new CustomerContactInput { Name = CustomerName, Phone = Phone, Email = Email },
            Actor = Agent,
        };
        if (receivedAt is { } at)
        {
            request.ReceivedAt = Timestamp.FromDateTimeOffset(at);
        }

        return request;
    }
}
