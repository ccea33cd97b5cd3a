using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Assurance.Domain.Technology;
using Platform.ServiceDefaults.Data;

namespace Platform.Assurance.Data.Technology;

internal sealed class CapabilityConfiguration : IEntityTypeConfiguration<Capability>
{
    public void Configure(EntityTypeBuilder<Capability> capability)
    {
        capability.ToTable("technology_capabilities");
        capability.HasKey(c => c.Id);
        capability.Property(c => c.Id).ValueGeneratedNever();
        capability.HasIndex(c => c.RequestId).IsUnique();
        capability.Property(c => c.RequestFingerprint).HasMaxLength(64);
        capability.Property(c => c.PromisorId).HasMaxLength(CapabilityText.MaxShortText);
        capability.Property(c => c.Name).HasMaxLength(CapabilityText.MaxName);
        capability.Property(c => c.Kind).HasConversion<string>().HasMaxLength(32);
        capability.Property(c => c.Description).HasMaxLength(CapabilityText.MaxDescription);
        capability.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        capability.Property(c => c.StatusHistory).AsJson();
        capability.Property(c => c.History).AsJson();
        capability.Property(c => c.Version).IsConcurrencyToken();

        // Listings: newest first within a promisor, a status or a kind; the status answer loads a promisor's.
        capability.HasIndex(c => new { c.PromisorId, c.Id });
        capability.HasIndex(c => new { c.Status, c.Id });
        capability.HasIndex(c => new { c.Kind, c.Id });
    }
}
