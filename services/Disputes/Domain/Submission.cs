using Platform.SharedKernel;

namespace Platform.Disputes.Domain;

/// <summary>
/// A written submission in negotiation (clause 5.1): who wrote it, when it was submitted, and a document reference, its
/// text, or the document itself (at least one).
/// </summary>
public sealed record Submission(
    int Sequence, SubmissionKind Kind, string Author, DateTimeOffset SubmittedAt, string? DocumentReference, string? Text, string RecordedBy, SubmittedDocument? Document = null)
{
    internal static Submission Of(
        int sequence, SubmissionKind kind, string? author, DateTimeOffset submittedAt, string? documentReference, string? text, SubmittedDocument? document, string recordedBy)
    {
        if (!Enum.IsDefined(kind))
        {
            throw RuleViolationException.Invalid("kind", "kind is required: LETTER, EMAIL, MINUTES or SETTLEMENT_PROPOSAL; only written submissions count in negotiation.");
        }

        var who = DisputeText.Required(author, "author", DisputeText.MaxShortText);
        var reference = DisputeText.OrNull(documentReference, "document_reference", DisputeText.MaxShortText);
        var body = DisputeText.OrNull(text, "text", DisputeText.MaxLongText);
        if (reference is null && body is null && document is null)
        {
            throw RuleViolationException.Invalid("document_reference", "A submission needs a document_reference, its text or the document; give at least one.");
        }

        return new Submission(sequence, kind, who, submittedAt, reference, body, recordedBy, document);
    }
}
