using System.Text;
using Platform.Disputes.Domain;
using Platform.SharedKernel;

namespace Platform.Disputes.Tests.Domain;

/// <summary>A document attached to a written submission: what is accepted, and what the case keeps of it.</summary>
public sealed class SubmittedDocumentTests
{
    private const string Officer = DisputeBuilder.Officer;
    private static readonly DateTimeOffset s_at = DisputeBuilder.Now.AddDays(2);
    private static readonly byte[] s_letter = Encoding.UTF8.GetBytes("%PDF-1.7 letter of 27 November");

    [Fact]
    public void Document_alone_makes_a_submission_and_the_case_keeps_its_name_type_size_and_hash()
    {
        var dispute = new DisputeBuilder().BuildAssigned();
        var document = SubmittedDocument.Of(Guid.NewGuid(), "C:\\Users\\olga\\letter.pdf", "Application/PDF", s_letter);

        dispute.AddSubmission(Officer, SubmissionKind.Letter, "Acme Utilities GmbH", null, null, dispute.Version, s_at, document);

        var kept = Assert.Single(dispute.Submissions).Document!;
        Assert.Equal(("letter.pdf", "application/pdf", (long)s_letter.Length), (kept.FileName, kept.ContentType, kept.SizeBytes));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(s_letter)), kept.Sha256);
        Assert.Contains("document letter.pdf", dispute.Timeline[^1].Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/html", "document.content_type")]
    [InlineData("", "document.content_type")]
    public void Document_of_a_type_not_accepted_is_refused_naming_the_field(string contentType, string field)
    {
        var error = Assert.Throws<RuleViolationException>(() => SubmittedDocument.Of(Guid.NewGuid(), "page.html", contentType, s_letter));

        Assert.Equal((RuleKind.InvalidArgument, field), (error.Kind, error.Subject));
    }

    [Fact]
    public void Empty_or_oversized_document_is_refused()
    {
        var empty = Assert.Throws<RuleViolationException>(() => SubmittedDocument.Of(Guid.NewGuid(), "a.pdf", "application/pdf", []));
        var large = Assert.Throws<RuleViolationException>(() => SubmittedDocument.Of(Guid.NewGuid(), "a.pdf", "application/pdf", new byte[SubmittedDocument.MaxBytes + 1]));

        Assert.Equal("document.content", empty.Subject);
        Assert.Contains("at most 3,145,728", large.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  /  ")]
    public void Document_without_a_file_name_is_refused(string fileName)
    {
        var error = Assert.Throws<RuleViolationException>(() => SubmittedDocument.Of(Guid.NewGuid(), fileName, "application/pdf", s_letter));

        Assert.Equal("document.file_name", error.Subject);
    }
}
