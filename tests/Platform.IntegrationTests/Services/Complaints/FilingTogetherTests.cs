using Google.Rpc;
using Grpc.Core;
using Npgsql;
using Platform.Contracts.Complaints.V1;
using Platform.Contracts.Events.Complaints;
using Platform.Contracts.Security;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Complaints;

/// <summary>
/// Filings that arrive together are committed together (the intake's batches): each call must still get its own
/// complaint, its own audit record and its own event, a call whose rule fails must fail alone, and a retry mixed
/// into a batch must not file anything twice.
/// </summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class FilingTogetherTests(PlatformInfrastructure infrastructure, ComplaintsFixture complaints)
    : IClassFixture<ComplaintsFixture>, IAsyncLifetime
{
    private const string FileComplaintRpc = "/platform.complaints.v1.ComplaintsService/FileComplaint";

    public Task InitializeAsync() => complaints.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Many_callers_filing_at_once_each_get_their_own_complaint_audit_record_and_event()
    {
        var agreements = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => complaints.ActiveAgreementAsync()));
        var callers = Enumerable.Range(0, 30).Select(i => new Caller($"intake-{Guid.NewGuid():N}", ComplaintRequests.File(agreements[i % 3]))).ToList();

        var filed = await Task.WhenAll(callers.Select(c => FileAsAsync(c.Subject, c.Request)));

        Assert.Equal(30, filed.Select(c => c.Id).Distinct().Count());
        Assert.Equal(callers.Select(c => c.Request.AgreementId), filed.Select(c => c.AgreementId));
        Assert.Equal(30, await StoredCountAsync(callers.Select(c => c.Request.RequestId)));
        foreach (var (caller, complaint) in callers.Zip(filed))
        {
            var record = Assert.Single(await AuditRecordsAsync(caller.Subject));
            Assert.Equal((FileComplaintRpc, complaint.Id, "OK", "change"), record);
            await complaints.Events.FirstAsync<ComplaintFiled>(Guid.Parse(complaint.Id));
        }
    }

    [Fact]
    public async Task A_filing_whose_rule_fails_among_others_is_refused_alone_and_the_others_are_filed()
    {
        var agreementId = await complaints.ActiveAgreementAsync();
        var unknownAgreement = Guid.NewGuid();
        var good = Enumerable.Range(0, 12).Select(_ => new Caller($"intake-{Guid.NewGuid():N}", ComplaintRequests.File(agreementId))).ToList();
        var refused = new Caller($"intake-{Guid.NewGuid():N}", ComplaintRequests.File(unknownAgreement));

        var calls = good.Select(c => FileAsAsync(c.Subject, c.Request)).ToList();
        var refusal = Assert.ThrowsAsync<RpcException>(() => FileAsAsync(refused.Subject, refused.Request));
        var filed = await Task.WhenAll(calls);
        var error = await refusal;

        Assert.Equal(12, filed.Select(c => c.Id).Distinct().Count());
        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal("complaint.agreement_unknown", error.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        Assert.Equal(0, await StoredCountAsync([refused.Request.RequestId]));
        Assert.Equal((FileComplaintRpc, unknownAgreement.ToString(), "FAILED_PRECONDITION", "change"), Assert.Single(await AuditRecordsAsync(refused.Subject)));
    }

    [Fact]
    public async Task Retries_mixed_into_a_burst_of_new_filings_file_nothing_twice()
    {
        var agreementId = await complaints.ActiveAgreementAsync();
        var earlier = ComplaintRequests.File(agreementId);
        var first = await complaints.Client.FileAsync(earlier);
        var twice = ComplaintRequests.File(agreementId);
        var fresh = Enumerable.Range(0, 12).Select(_ => ComplaintRequests.File(agreementId)).ToList();

        // A retry of a filing already committed, and one request sent twice at the same moment, among new filings.
        var requests = fresh.Prepend(earlier).Append(twice).Append(twice).ToList();
        var filed = await Task.WhenAll(requests.Select(r => complaints.Client.FileAsync(r)));

        Assert.Equal(first.Id, filed[0].Id);
        Assert.Equal(filed[^1].Id, filed[^2].Id);
        Assert.Equal(14, filed.Select(c => c.Id).Distinct().Count());
        Assert.Equal(14, await StoredCountAsync(requests.Select(r => r.RequestId).Distinct()));
        Assert.Single(complaints.Events.Of<ComplaintFiled>(Guid.Parse(filed[^1].Id)));
    }

    private async Task<Complaint> FileAsAsync(string subject, FileComplaintRequest request)
    {
        using var channel = complaints.Host.ChannelWith(TestIdentity.Token(subject, [PlatformRoles.InternalApp]));
        return await new ComplaintsService.ComplaintsServiceClient(channel).FileAsync(request);
    }

    private async Task<long> StoredCountAsync(IEnumerable<string> requestIds)
    {
        await using var connection = new NpgsqlConnection(complaints.Environment.ConnectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand("SELECT count(*) FROM complaints WHERE request_id = ANY(@ids)", connection);
        query.Parameters.AddWithValue("ids", requestIds.Select(Guid.Parse).ToArray());
        return (long)(await query.ExecuteScalarAsync())!;
    }

    private async Task<List<(string Rpc, string? Target, string Outcome, string Kind)>> AuditRecordsAsync(string subject)
    {
        await using var connection = new NpgsqlConnection(complaints.Environment.ConnectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand("SELECT rpc, target_id, outcome, kind FROM audit_records WHERE subject = @subject ORDER BY sequence", connection);
        query.Parameters.AddWithValue("subject", subject);
        await using var reader = await query.ExecuteReaderAsync();
        var records = new List<(string, string?, string, string)>();
        while (await reader.ReadAsync())
        {
            records.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return records;
    }

    private sealed record Caller(string Subject, FileComplaintRequest Request);
}
