using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Assurance.Domain.Inspections;

namespace Platform.Assurance.Data.Inspections;

internal sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> inspection)
    {
        inspection.ToTable("inspections");
        inspection.HasKey(i => i.Id);
        inspection.Property(i => i.Id).ValueGeneratedNever();
        inspection.HasIndex(i => i.RequestId).IsUnique();
        inspection.Property(i => i.RequestFingerprint).HasMaxLength(64);
        inspection.Property(i => i.PromisorId).HasMaxLength(InspectionText.MaxShortText);
        inspection.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
        inspection.Property(i => i.Department).HasMaxLength(InspectionText.MaxShortText);
        inspection.Property(i => i.Inspector).HasMaxLength(InspectionText.MaxShortText);
        inspection.Property(i => i.Notes).HasMaxLength(InspectionText.MaxLongText);
        inspection.Property(i => i.RecordedBy).HasMaxLength(InspectionText.MaxShortText);

        // Listings: newest first by promisor; periods by inspection time.
        inspection.HasIndex(i => new { i.PromisorId, i.Id });
        inspection.HasIndex(i => new { i.PromisorId, i.InspectedAt });
    }
}
