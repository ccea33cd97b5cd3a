using Grpc.Core;
using Npgsql;
using Platform.Contracts.Agreements.V1;
using Platform.Contracts.Common.V1;
using Platform.Contracts.Complaints.V1;
using Platform.Contracts.Security;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services;

/// <summary>
/// Every change, every unmasked read of personal data and every refused call leaves an audit record: who,
/// roles, when, RPC, target, outcome. Auditors list them; nobody can rewrite them.
/// </summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class AuditTrailTests(FourServices services) : IClassFixture<FourServices>
{
    [Fact]
    public async Task A_change_is_recorded_with_its_caller_roles_rpc_target_and_outcome()
    {
        var manager = Unique("alice");
        using var channel = services.Channel("agreements", TestIdentity.Token(manager, [PlatformRoles.AgreementManager]));

        var created = (await new AgreementsService.AgreementsServiceClient(channel).CreateAgreementAsync(AgreementRequests.Create())).Agreement;

        var record = Assert.Single(await RecordsAsync("agreements", subject: manager));
        Assert.Equal(
            ("/platform.agreements.v1.AgreementsService/CreateAgreement", created.Id, "OK", "change"),
            (record.Rpc, record.TargetId, record.Outcome, record.Kind));
        Assert.Equal([PlatformRoles.AgreementManager], record.Roles);
        Assert.InRange(record.At.ToDateTimeOffset(), DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task A_change_that_fails_is_recorded_with_its_status_and_nothing_of_it_as_done()
    {
        var manager = Unique("bob");
        using var channel = services.Channel("agreements", TestIdentity.Token(manager, [PlatformRoles.AgreementManager]));
        var agreements = new AgreementsService.AgreementsServiceClient(channel);
        var created = (await agreements.CreateAgreementAsync(AgreementRequests.Create())).Agreement;

        var stale = await Assert.ThrowsAsync<RpcException>(() => agreements.SignAgreementAsync(
            new SignAgreementRequest { AgreementId = created.Id, SignedBy = "Jane Signer", Version = created.Version + 7 }).ResponseAsync);

        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        var records = await RecordsAsync("agreements", subject: manager);
        Assert.Equal(
            [("/platform.agreements.v1.AgreementsService/SignAgreement", "ABORTED", created.Id), ("/platform.agreements.v1.AgreementsService/CreateAgreement", "OK", created.Id)],
            records.Select(r => (r.Rpc, r.Outcome, r.TargetId)));
    }

    [Fact]
    public async Task A_call_refused_for_its_role_is_recorded_as_refused()
    {
        var auditor = Unique("carol");
        using var channel = services.Channel("agreements", TestIdentity.Token(auditor, [PlatformRoles.Auditor]));

        await Assert.ThrowsAsync<RpcException>(() => new AgreementsService.AgreementsServiceClient(channel).CreateAgreementAsync(AgreementRequests.Create()).ResponseAsync);

        var record = Assert.Single(await RecordsAsync("agreements", subject: auditor));
        Assert.Equal(("PERMISSION_DENIED", "refused"), (record.Outcome, record.Kind));
    }

    [Fact]
    public async Task A_call_without_a_token_leaves_no_record_to_grow_the_trail_with()
    {
        using var anonymous = services.Channel("agreements", string.Empty);

        var refused = await Assert.ThrowsAsync<RpcException>(() => new AgreementsService.AgreementsServiceClient(anonymous).CreateAgreementAsync(AgreementRequests.Create()).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
        Assert.DoesNotContain(await AllRecordsAsync("agreements"), r => r.Subject == "anonymous");
    }

    [Fact]
    public async Task A_retried_request_that_changes_nothing_is_still_recorded_once_per_call()
    {
        var manager = Unique("dave");
        using var channel = services.Channel("agreements", TestIdentity.Token(manager, [PlatformRoles.AgreementManager]));
        var agreements = new AgreementsService.AgreementsServiceClient(channel);
        var request = AgreementRequests.Create();

        var first = (await agreements.CreateAgreementAsync(request)).Agreement;
        var retry = (await agreements.CreateAgreementAsync(request)).Agreement;

        Assert.Equal(first.Id, retry.Id);
        Assert.Equal(["OK", "OK"], (await RecordsAsync("agreements", subject: manager)).Select(r => r.Outcome));
    }

    [Fact]
    public async Task Reading_contact_details_unmasked_is_recorded_and_reading_them_masked_is_not()
    {
        var complaintId = await services.FiledComplaintAsync();
        var reader = Unique("erin");
        using var channel = services.Channel("complaints", TestIdentity.Token(reader, [PlatformRoles.ComplaintHandler], [PlatformRoles.PiiRead]));
        var complaints = new ComplaintsService.ComplaintsServiceClient(channel);

        await complaints.GetComplaintAsync(new GetComplaintRequest { ComplaintId = complaintId });
        await complaints.GetComplaintAsync(new GetComplaintRequest { ComplaintId = complaintId, RevealContact = true });

        var record = Assert.Single(await RecordsAsync("complaints", subject: reader));
        Assert.Equal(("personal-data-read", complaintId, "/platform.complaints.v1.ComplaintsService/GetComplaint"), (record.Kind, record.TargetId, record.Rpc));
    }

    [Fact]
    public async Task Records_are_listed_newest_first_in_pages_and_filtered_by_target()
    {
        var manager = Unique("frank");
        using var channel = services.Channel("agreements", TestIdentity.Token(manager, [PlatformRoles.AgreementManager]));
        var agreements = new AgreementsService.AgreementsServiceClient(channel);
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await agreements.CreateAgreementAsync(AgreementRequests.Create())).Agreement.Id);
        }

        using var auditorChannel = services.Channel("agreements", TestIdentity.Token("auditor", [PlatformRoles.Auditor]));
        var audit = new AuditService.AuditServiceClient(auditorChannel);
        var first = await audit.ListAuditRecordsAsync(new ListAuditRecordsRequest { Subject = manager, PageSize = 2 });
        var second = await audit.ListAuditRecordsAsync(new ListAuditRecordsRequest { Subject = manager, PageSize = 2, PageToken = first.NextPageToken });
        var byTarget = await audit.ListAuditRecordsAsync(new ListAuditRecordsRequest { TargetId = ids[1] });

        Assert.Equal(Enumerable.Reverse(ids), first.Records.Concat(second.Records).Select(r => r.TargetId));
        Assert.Empty(second.NextPageToken);
        Assert.Equal(ids[1], Assert.Single(byTarget.Records).TargetId);
    }

    [Theory]
    [InlineData("UPDATE audit_records SET outcome = 'OK'")]
    [InlineData("DELETE FROM audit_records")]
    [InlineData("TRUNCATE audit_records")]
    public async Task The_service_database_user_cannot_rewrite_the_trail(string sql)
    {
        using var channel = services.Channel("agreements", TestIdentity.Token(Unique("gina"), [PlatformRoles.Auditor]));
        await Assert.ThrowsAsync<RpcException>(() => new AgreementsService.AgreementsServiceClient(channel).CreateAgreementAsync(AgreementRequests.Create()).ResponseAsync);
        await using var connection = new NpgsqlConnection(services.Database("agreements"));
        await connection.OpenAsync();
        var before = await CountAsync(connection);

        var error = await Assert.ThrowsAsync<PostgresException>(async () =>
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        });

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
        Assert.Equal(before, await CountAsync(connection));
    }

    private static async Task<long> CountAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SELECT count(*) FROM audit_records", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<IReadOnlyList<AuditRecord>> RecordsAsync(string service, string subject)
    {
        using var channel = services.Channel(service, TestIdentity.Token("auditor", [PlatformRoles.Auditor]));
        return (await new AuditService.AuditServiceClient(channel).ListAuditRecordsAsync(new ListAuditRecordsRequest { Subject = subject })).Records;
    }

    private async Task<IReadOnlyList<AuditRecord>> AllRecordsAsync(string service)
    {
        using var channel = services.Channel(service, TestIdentity.Token("auditor", [PlatformRoles.Auditor]));
        return (await new AuditService.AuditServiceClient(channel).ListAuditRecordsAsync(new ListAuditRecordsRequest { PageSize = 500 })).Records;
    }

    private static string Unique(string name) => $"{name}-{Guid.NewGuid():N}";
}
