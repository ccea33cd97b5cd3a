using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Complaints.V1;

namespace Platform.LoadGenerator.Scenarios;

/// <summary>A valid FileComplaint request of the baselines' sizes (subject 80 chars, description 500).</summary>
internal static class ComplaintRequests
{
    private static readonly string s_subject = "Network outage not explained: service lost twice this week, no notice given.".PadRight(80, '.');
    private static readonly string s_description = string.Concat(Enumerable.Repeat("The customer lost service twice this week and got no explanation. ", 8))[..500];

    public static FileComplaintRequest File(string agreementId) => new()
    {
        RequestId = Guid.NewGuid().ToString(),
        AgreementId = agreementId,
        Channel = ComplaintChannel.Phone,
        Subject = s_subject,
        Description = s_description,
        Category = "network",
        Severity = ComplaintSeverity.Major,
        ReceivedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow),
        Contact = new CustomerContactInput { Name = "Li Wei", Phone = "13812345678", Email = "li.wei@example.com" },
        Actor = "load-generator",
    };
}
