using System.Globalization;
using System.Security.Cryptography;
using Platform.SharedKernel;

namespace Platform.Disputes.Domain;

/// <summary>
/// A document attached to a written submission (a signed letter, the minutes as a PDF): its name, type, size and
/// SHA-256, which the case keeps; Disputes keeps the bytes beside the case, under <see cref="Id"/>.
/// </summary>
public sealed record SubmittedDocument(Guid Id, string FileName, string ContentType, long SizeBytes, string Sha256)
{
    /// <summary>The largest document accepted: 3 MiB, so a submission with its document stays one gRPC message.</summary>
    public const int MaxBytes = 3 * 1024 * 1024;

    /// <summary>The kinds of document a submission may carry: office documents, PDFs, images, plain text, e-mails.</summary>
    public static readonly IReadOnlySet<string> ContentTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.oasis.opendocument.text",
        "image/png",
        "image/jpeg",
        "text/plain",
        "message/rfc822",
    };

    /// <summary>Checks an upload and describes it; the name keeps only its last path segment.</summary>
    public static SubmittedDocument Of(Guid id, string? fileName, string? contentType, ReadOnlySpan<byte> content)
    {
        var name = DisputeText.Required(LastSegment(fileName), "document.file_name", 255);
        var type = (contentType ?? string.Empty).Trim().ToLowerInvariant();
        if (!ContentTypes.Contains(type))
        {
            throw RuleViolationException.Invalid(
                "document.content_type",
                $"document.content_type '{Truncate(type)}' is not accepted; use one of {string.Join(", ", ContentTypes.Order(StringComparer.Ordinal))}.");
        }

        if (content.Length is 0 or > MaxBytes)
        {
            throw RuleViolationException.Invalid(
                "document.content",
                content.Length == 0 ? "document.content is empty." : string.Create(CultureInfo.InvariantCulture, $"document.content is {content.Length:N0} bytes; at most {MaxBytes:N0} are accepted."));
        }

        return new SubmittedDocument(id, name, type, content.Length, Convert.ToHexStringLower(SHA256.HashData(content)));
    }

    private static string? LastSegment(string? fileName) =>
        fileName?.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.Trim();

    private static string Truncate(string value) => value.Length <= 80 ? value : value[..80] + "…";
}
