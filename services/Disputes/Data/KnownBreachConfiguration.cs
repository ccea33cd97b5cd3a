using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Disputes.Domain.Breaches;

namespace Platform.Disputes.Data;

internal sealed class KnownBreachConfiguration : IEntityTypeConfiguration<KnownBreach>
{
    public void Configure(EntityTypeBuilder<KnownBreach> breach)
    {
        breach.ToTable("known_breaches");
        breach.HasKey(b => b.BreachId);
        breach.Property(b => b.BreachId).ValueGeneratedNever();
        breach.Property(b => b.Clause).HasMaxLength(16);
        breach.Property(b => b.Severity).HasMaxLength(16);
        breach.Property(b => b.Status).HasMaxLength(16);
        breach.Property(b => b.EvidenceKind).HasMaxLength(32);
        breach.Property(b => b.EvidenceId).HasMaxLength(100);
        breach.Property(b => b.Description).HasMaxLength(1000);
        breach.Property(b => b.Version).IsConcurrencyToken();
        breach.Ignore(b => b.IsDetermined);
        breach.HasIndex(b => b.AgreementId);
    }
}
