using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Platform.Contracts.Complaints.V1;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Complaints;

/// <summary>Filings Complaints refuses: everything is checked before anything is stored.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class FilingRefusalTests(PlatformInfrastructure infrastructure, ComplaintsFixture complaints)
    : IClassFixture<ComplaintsFixture>, IAsyncLifetime
{
    private ComplaintsService.ComplaintsServiceClient Client => complaints.Client;

    public Task InitializeAsync() => complaints.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string> InvalidFields =>
    [
        "request_id", "subject", "description", "received_at", "contact", "contact.name", "contact.phone", "contact.email",
        "severity", "channel", "channel_name", "actor",
    ];

    [Fact]
    public async Task Filing_under_an_agreement_Complaints_has_not_heard_of_is_FAILED_PRECONDITION_and_stores_nothing()
    {
        var agreementId = Guid.NewGuid();

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.FileComplaintAsync(ComplaintRequests.File(agreementId)).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal("complaint.agreement_unknown", error.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        Assert.Empty(await ComplaintsOfAsync(agreementId));
    }

    [Fact]
    public async Task Filing_under_a_suspended_agreement_is_FAILED_PRECONDITION_and_stores_nothing()
    {
        var agreementId = await complaints.ActiveAgreementAsync();
        await complaints.Environment.PublishAsync(AgreementFacts.Suspended(agreementId));
        await ComplaintsEnvironment.EligibilityAsync(complaints.Host, agreementId, e => e is { Known: true, Eligible: false }, "suspended");

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.FileComplaintAsync(ComplaintRequests.File(agreementId)).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal("complaint.agreement_not_active", error.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        Assert.Empty(await ComplaintsOfAsync(agreementId));
    }

    [Fact]
    public async Task Filing_a_complaint_received_before_the_agreement_took_effect_is_FAILED_PRECONDITION_and_stores_nothing()
    {
        var agreementId = await complaints.ActiveAgreementAsync(effectiveFrom: DateTimeOffset.UtcNow.AddHours(-1));

        var error = await Assert.ThrowsAsync<RpcException>(
            () => Client.FileComplaintAsync(ComplaintRequests.File(agreementId, receivedAt: DateTimeOffset.UtcNow.AddHours(-2))).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal("complaint.no_terms_at_receipt", error.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        Assert.Empty(await ComplaintsOfAsync(agreementId));
    }

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task Invalid_filing_is_INVALID_ARGUMENT_naming_the_field_and_stores_nothing(string field)
    {
        var agreementId = await complaints.ActiveAgreementAsync();
        var request = ComplaintRequests.File(agreementId);
        Break(request, field);

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.FileComplaintAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(field, Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
        Assert.Empty(await ComplaintsOfAsync(agreementId));
    }

    private static void Break(FileComplaintRequest request, string field)
    {
        switch (field)
        {
            case "request_id": request.RequestId = "not-a-uuid"; break;
            case "subject": request.Subject = " "; break;
            case "description": request.Description = new string('x', 10_001); break;
            case "received_at": request.ReceivedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(5)); break;
            case "contact": request.Contact = null; break;
            case "contact.name": request.Contact.Name = string.Empty; break;
            case "contact.phone": request.Contact.Phone = "138-abc-5678"; break;
            case "contact.email": request.Contact.Email = "alice@"; break;
            case "severity": request.Severity = ComplaintSeverity.Unspecified; break;
            case "channel": request.Channel = ComplaintChannel.Unspecified; break;
            case "channel_name": (request.Channel, request.ChannelName) = (ComplaintChannel.Other, string.Empty); break;
            case "actor": request.Actor = string.Empty; break;
            default: throw new ArgumentOutOfRangeException(nameof(field), field, "No way to break this field.");
        }
    }

    private async Task<IReadOnlyList<Complaint>> ComplaintsOfAsync(Guid agreementId) =>
        await Client.ListAsync(new ListComplaintsRequest { AgreementId = agreementId.ToString() });
}
