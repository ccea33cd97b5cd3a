using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Assurance.Domain.Inspections;
using Platform.ServiceDefaults.Data;

namespace Platform.Assurance.Data.Inspections;

internal sealed class FindingConfiguration : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> finding)
    {
        finding.ToTable("inspection_findings");
        finding.HasKey(f => f.Id);
        finding.Property(f => f.Id).ValueGeneratedNever();
        finding.HasIndex(f => f.RequestId).IsUnique().HasFilter("request_id IS NOT NULL");
        finding.Property(f => f.RequestFingerprint).HasMaxLength(64);
        finding.HasOne<Inspection>().WithMany().HasForeignKey(f => f.InspectionId).OnDelete(DeleteBehavior.Restrict);
        finding.Property(f => f.PromisorId).HasMaxLength(InspectionText.MaxShortText);
        finding.Property(f => f.InspectionKind).HasConversion<string>().HasMaxLength(16);
        finding.Property(f => f.Class).HasConversion<string>().HasMaxLength(32);
        finding.Property(f => f.Description).HasMaxLength(InspectionText.MaxLongText);
        finding.Property(f => f.Status).HasConversion<string>().HasMaxLength(16);
        finding.Property(f => f.Actions).AsJson();
        finding.Property(f => f.RecordedBy).HasMaxLength(InspectionText.MaxShortText);
        finding.Property(f => f.ClosedBy).HasMaxLength(InspectionText.MaxShortText);
        finding.Property(f => f.ClosureNote).HasMaxLength(InspectionText.MaxLongText);
        finding.Property(f => f.History).AsJson();
        finding.Property(f => f.Version).IsConcurrencyToken();
        finding.Ignore(f => f.Clause);
        finding.Ignore(f => f.DomainEvents);

        // Listings: newest first by promisor, by inspection; filters by period, class and status.
        finding.HasIndex(f => new { f.PromisorId, f.Id });
        finding.HasIndex(f => new { f.InspectionId, f.Id });
        finding.HasIndex(f => new { f.PromisorId, f.InspectedAt });
        finding.HasIndex(f => new { f.PromisorId, f.Class, f.Status });
    }
}
