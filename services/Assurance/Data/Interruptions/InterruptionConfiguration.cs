using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Assurance.Domain.Interruptions;
using Platform.ServiceDefaults.Data;

namespace Platform.Assurance.Data.Interruptions;

internal sealed class InterruptionConfiguration : IEntityTypeConfiguration<Interruption>
{
    public void Configure(EntityTypeBuilder<Interruption> interruption)
    {
        interruption.ToTable("interruptions");
        interruption.HasKey(i => i.Id);
        interruption.Property(i => i.Id).ValueGeneratedNever();
        interruption.HasIndex(i => i.RequestId).IsUnique();
        interruption.Property(i => i.RequestFingerprint).HasMaxLength(64);
        interruption.Property(i => i.PromisorId).HasMaxLength(InterruptionText.MaxShortText);
        interruption.Property(i => i.Scope).AsJson();
        interruption.Property(i => i.Description).HasMaxLength(InterruptionText.MaxLongText);
        interruption.Property(i => i.Corrections).AsJson();
        interruption.Property(i => i.History).AsJson();
        interruption.Property(i => i.Version).IsConcurrencyToken();
        interruption.Ignore(i => i.Ongoing);
        interruption.Ignore(i => i.DomainEvents);

        // Listings: newest first within a promisor, the ongoing ones, and by period (start, end).
        interruption.HasIndex(i => new { i.PromisorId, i.Id });
        interruption.HasIndex(i => new { i.PromisorId, i.StartedAt });
        interruption.HasIndex(i => i.Id).HasFilter("ended_at IS NULL").HasDatabaseName("ix_interruptions_ongoing");
        interruption.HasIndex(i => new { i.StartedAt, i.EndedAt });
    }
}
