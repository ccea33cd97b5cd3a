using System.Globalization;
using Google.Protobuf;
using Microsoft.AspNetCore.Components.Forms;
using Platform.Contracts.Disputes.V1;

namespace Platform.OfficerConsole.Cases;

/// <summary>A document an officer chose to send with a submission, read from the browser.</summary>
internal sealed record ChosenDocument(string FileName, string ContentType, byte[] Content)
{
    /// <summary>The largest document Disputes accepts (DocumentUpload.content: 3 MiB).</summary>
    public const long MaxBytes = 3 * 1024 * 1024;

    /// <summary>What the file picker offers: the kinds Disputes accepts.</summary>
    public const string Accept = ".pdf,.docx,.xlsx,.odt,.png,.jpg,.jpeg,.txt,.eml";

    private static readonly Dictionary<string, string> s_byExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".txt"] = "text/plain",
        [".eml"] = "message/rfc822",
    };

    /// <summary>The upload for AddSubmission.</summary>
    public DocumentUpload ToUpload() => new() { FileName = FileName, ContentType = ContentType, Content = ByteString.CopyFrom(Content) };

    /// <summary>Reads the chosen file; null with the reason when it is too large to send.</summary>
    public static async Task<(ChosenDocument? Document, string? Problem)> ReadAsync(IBrowserFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Size > MaxBytes)
        {
            return (null, $"{file.Name} is {Size(file.Size)}; a document may be at most {Size(MaxBytes)}.");
        }

        using var buffer = new MemoryStream();
        await using var stream = file.OpenReadStream(MaxBytes, cancellationToken);
        await stream.CopyToAsync(buffer, cancellationToken);
        return (new ChosenDocument(file.Name, TypeOf(file), buffer.ToArray()), null);
    }

    /// <summary>"2.4 MB", "312 KB", "870 bytes".</summary>
    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024d * 1024):0.#} MB")
        : bytes >= 1024 ? $"{bytes / 1024} KB" : $"{bytes} bytes";

    /// <summary>The browser's type, or the one its extension means when the browser gives none.</summary>
    private static string TypeOf(IBrowserFile file) =>
        file.ContentType is { Length: > 0 } type ? type
        : s_byExtension.TryGetValue(Path.GetExtension(file.Name), out var known) ? known
        : "application/octet-stream";
}
