using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Disputes.Data;

/// <summary>
/// The bytes of a document attached to a submission, kept beside the case (which holds its name, type, size and
/// SHA-256) and written in the same transaction as the submission, so neither exists without the other.
/// </summary>
public sealed class DocumentContent(Guid id, Guid disputeId, byte[] content, DateTimeOffset storedAt)
{
    public Guid Id { get; private set; } = id;

    public Guid DisputeId { get; private set; } = disputeId;

    public byte[] Content { get; private set; } = content;

    public DateTimeOffset StoredAt { get; private set; } = storedAt;
}

internal sealed class DocumentContentConfiguration : IEntityTypeConfiguration<DocumentContent>
{
    public void Configure(EntityTypeBuilder<DocumentContent> document)
    {
        document.ToTable("submission_documents");
        document.HasKey(d => d.Id);
        document.Property(d => d.Id).ValueGeneratedNever();
        document.HasIndex(d => d.DisputeId);
    }
}
