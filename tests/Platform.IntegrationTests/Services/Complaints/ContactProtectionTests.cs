using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using Grpc.Core;
using Platform.Contracts.Complaints.V1;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Complaints;

/// <summary>Customer contact details are personal data (part 2, clause 2.2(5)): sealed at rest, never logged, readable across a key rotation.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class ContactProtectionTests(PlatformInfrastructure infrastructure)
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Contact_details_never_appear_in_the_service_log_nor_its_traces_nor_in_clear_in_the_database()
    {
        var logs = new CapturingLoggerProvider();
        var traced = new ConcurrentQueue<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => traced.Enqueue(
                $"{activity.DisplayName} {string.Join(' ', activity.TagObjects.Select(t => $"{t.Key}={t.Value}"))} {string.Join(' ', activity.Events.Select(e => e.Name))}"),
        };
        ActivitySource.AddActivityListener(listener);
        await using var environment = await ComplaintsEnvironment.CreateAsync(infrastructure);
        await using var host = await environment.StartHostAsync(EverythingLogged, logs);
        var marker = Guid.NewGuid().ToString("N")[..8];
        var (name, phone, email, badEmail) = ($"Quentin Zarkov {marker}", $"139{RandomNumberGenerator.GetInt32(10_000_000, 99_999_999)}", $"q.{marker}@zarkov.example", $"q.{marker}@@zarkov");
        var agreementId = await environment.ActivateAgreementAsync(host);
        var request = ComplaintRequests.File(agreementId);
        request.Contact = new CustomerContactInput { Name = name, Phone = phone, Email = email };

        var filed = await host.Client.FileAsync(request);
        await host.Client.GetAsync(filed.Id, revealContact: true);
        await host.Client.ListAsync(new ListComplaintsRequest { AgreementId = agreementId.ToString(), RevealContact = true });
        var refused = ComplaintRequests.File(agreementId);
        refused.Contact = new CustomerContactInput { Name = name, Phone = phone, Email = badEmail };
        await Assert.ThrowsAsync<RpcException>(() => host.Client.FileComplaintAsync(refused).ResponseAsync);

        // The SQL the service ran is in the log: everything was logged.
        Assert.Contains(logs.Entries, entry => entry.StartsWith("Microsoft.EntityFrameworkCore.Database.Command", StringComparison.Ordinal));
        // And the calls were traced, down to the database.
        Assert.Contains(traced, span => span.Contains("FileComplaint", StringComparison.Ordinal));
        Assert.Contains(traced, span => span.Contains("INSERT INTO complaints", StringComparison.Ordinal));
        foreach (var personal in new[] { name, phone, email, badEmail, marker })
        {
            Assert.DoesNotContain(logs.Entries, entry => entry.Contains(personal, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(traced, span => span.Contains(personal, StringComparison.OrdinalIgnoreCase));
        }

        var stored = await environment.StoredContactAsync(filed.Id);
        Assert.StartsWith("v1.", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(marker, stored, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(phone, stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contact_sealed_with_a_retired_key_stays_readable_and_is_resealed_with_the_new_key()
    {
        var (keyA, keyB) = (NewKey(), NewKey());
        await using var environment = await ComplaintsEnvironment.CreateAsync(infrastructure);
        string complaintId;
        await using (var before = await environment.StartHostAsync(Keys(active: "A", ("A", keyA))))
        {
            var agreementId = await environment.ActivateAgreementAsync(before);
            complaintId = (await before.Client.FileAsync(ComplaintRequests.File(agreementId))).Id;
        }

        Assert.StartsWith("v1.A.", await environment.StoredContactAsync(complaintId), StringComparison.Ordinal);

        await using (var rotated = await environment.StartHostAsync(Keys(active: "B", ("A", keyA), ("B", keyB))))
        {
            Assert.Equal(ComplaintRequests.Email, (await rotated.Client.GetAsync(complaintId, revealContact: true)).Contact.Email);
            await Eventually.AssertAsync(
                async () => (await environment.StoredContactAsync(complaintId)).StartsWith("v1.B.", StringComparison.Ordinal),
                s_timeout,
                "the contact is resealed with key B");
        }

        await using var after = await environment.StartHostAsync(Keys(active: "B", ("B", keyB)));
        var contact = (await after.Client.GetAsync(complaintId, revealContact: true)).Contact;
        Assert.Equal((ComplaintRequests.CustomerName, ComplaintRequests.Phone, ComplaintRequests.Email, false), (contact.Name, contact.Phone, contact.Email, contact.Masked));
    }

    /// <summary>Every category at Trace, over the service's own levels.</summary>
    private static Dictionary<string, string?> EverythingLogged => new()
    {
        ["Logging:LogLevel:Default"] = "Trace",
        ["Logging:LogLevel:Microsoft"] = "Trace",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Trace",
        ["Logging:LogLevel:MassTransit"] = "Trace",
        ["Logging:LogLevel:Grpc"] = "Trace",
        ["Logging:LogLevel:Npgsql"] = "Trace",
    };

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>Exactly these sealing keys: the development key of the base settings is removed (an empty value).</summary>
    private static Dictionary<string, string?> Keys(string active, params (string Id, string Key)[] keys)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Complaints:ContactEncryption:ActiveKeyId"] = active,
            ["Complaints:ContactEncryption:Keys:dev-1"] = string.Empty,
        };
        foreach (var (id, key) in keys)
        {
            settings[$"Complaints:ContactEncryption:Keys:{id}"] = key;
        }

        return settings;
    }
}
