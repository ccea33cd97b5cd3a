using System.Security.Cryptography;
using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;
using Platform.Contracts.Disputes.V1;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Disputes;

/// <summary>Documents attached to written submissions, against real PostgreSQL: kept with the submission, returned as received.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class DisputeDocumentTests(PlatformInfrastructure infrastructure, DisputesFixture disputes)
    : IClassFixture<DisputesFixture>, IAsyncLifetime
{
    private static readonly byte[] s_letter = [.. "%PDF-1.7\n"u8, .. RandomNumberGenerator.GetBytes(200_000)];

    private DisputesService.DisputesServiceClient Client => disputes.Client;

    public Task InitializeAsync() => disputes.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Submission_with_a_document_keeps_it_and_GetDocument_returns_the_same_bytes()
    {
        var dispute = await disputes.OpenDisputeAsync(await disputes.ActiveAgreementAsync(), officer: DisputeRequests.Officer);

        var added = (await Client.AddSubmissionAsync(WithDocument(dispute, "scans/letter-2026-11-27.pdf", "application/pdf", s_letter))).Dispute;

        var document = Assert.Single(added.Submissions).Document;
        Assert.Equal(("letter-2026-11-27.pdf", "application/pdf", (long)s_letter.Length), (document.FileName, document.ContentType, document.SizeBytes));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(s_letter)), document.Sha256);
        var read = await Client.GetDocumentAsync(new GetDocumentRequest { DisputeId = dispute.Id, DocumentId = document.Id });
        Assert.Equal(s_letter, read.Content.ToByteArray());
        Assert.Equal(document, read.Document);
        Assert.Equal(document, (await Client.GetDisputeAsync(new GetDisputeRequest { DisputeId = dispute.Id })).Dispute.Submissions[0].Document);
    }

    [Fact]
    public async Task Submission_refused_on_a_stale_version_keeps_no_document()
    {
        var dispute = await disputes.OpenDisputeAsync(await disputes.ActiveAgreementAsync(), officer: DisputeRequests.Officer);
        var first = (await Client.AddSubmissionAsync(WithDocument(dispute, "letter.pdf", "application/pdf", s_letter))).Dispute;

        // The same request again, on the version it was made for: the case moved on, so nothing is applied twice.
        var error = await Assert.ThrowsAsync<RpcException>(() => Client.AddSubmissionAsync(WithDocument(dispute, "letter.pdf", "application/pdf", s_letter)).ResponseAsync);

        Assert.Equal(StatusCode.Aborted, error.StatusCode);
        var read = (await Client.GetDisputeAsync(new GetDisputeRequest { DisputeId = dispute.Id })).Dispute;
        Assert.Equal((1, first.Version), (read.Submissions.Count, read.Version));
        Assert.Equal(1, await disputes.DocumentCountAsync(dispute.Id));
    }

    [Theory]
    [InlineData("page.html", "text/html", 10, "document.content_type")]
    [InlineData("huge.pdf", "application/pdf", (3 * 1024 * 1024) + 1, "document.content")]
    [InlineData("", "application/pdf", 10, "document.file_name")]
    public async Task Document_not_accepted_is_INVALID_ARGUMENT_naming_the_field(string fileName, string contentType, int size, string field)
    {
        var dispute = await disputes.OpenDisputeAsync(await disputes.ActiveAgreementAsync(), officer: DisputeRequests.Officer);

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.AddSubmissionAsync(WithDocument(dispute, fileName, contentType, new byte[size])).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(field, Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
        Assert.Empty((await Client.GetDisputeAsync(new GetDisputeRequest { DisputeId = dispute.Id })).Dispute.Submissions);
    }

    [Fact]
    public async Task Document_asked_for_under_another_case_is_NOT_FOUND()
    {
        var agreementId = await disputes.ActiveAgreementAsync();
        var dispute = await disputes.OpenDisputeAsync(agreementId, officer: DisputeRequests.Officer);
        var other = await disputes.OpenDisputeAsync(agreementId, officer: DisputeRequests.Officer);
        var document = (await Client.AddSubmissionAsync(WithDocument(dispute, "letter.pdf", "application/pdf", s_letter))).Dispute.Submissions[0].Document;

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.GetDocumentAsync(new GetDocumentRequest { DisputeId = other.Id, DocumentId = document.Id }).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    private static AddSubmissionRequest WithDocument(Dispute dispute, string fileName, string contentType, byte[] content)
    {
        var request = DisputeRequests.AddSubmission(dispute.Id, dispute.Version);
        request.Document = new DocumentUpload { FileName = fileName, ContentType = contentType, Content = ByteString.CopyFrom(content) };
        return request;
    }
}
