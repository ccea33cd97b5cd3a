using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Agreements.Domain.Breaches;

namespace Platform.Agreements.Data;

internal sealed class BreachConfiguration : IEntityTypeConfiguration<Breach>
{
    /// <summary>
    /// Shadow column holding the evidence key, unique per agreement: the database refuses a second breach
    /// for the same fact even when two deliveries of it race.
    /// </summary>
    public const string DedupKey = "DedupKey";

    public void Configure(EntityTypeBuilder<Breach> breach)
    {
        breach.ToTable("breaches");
        breach.HasKey(b => b.Id);
        breach.Property(b => b.Id).ValueGeneratedNever();
        breach.Property(b => b.Clause).HasConversion(c => c.Number, n => BreachClause.FromNumber(n)).HasMaxLength(8);
        breach.Property(b => b.Severity).HasConversion<string>().HasMaxLength(8);
        breach.Property(b => b.Status).HasConversion<string>().HasMaxLength(16);
        breach.Property(b => b.StatusBeforeDispute).HasConversion<string>().HasMaxLength(16);
        breach.Property(b => b.Description).HasMaxLength(1000);
        breach.Property(b => b.ReclassificationReason).HasMaxLength(2000);
        breach.Property(b => b.Version).IsConcurrencyToken();
        breach.OwnsOne(b => b.Evidence, evidence =>
        {
            evidence.Property(e => e.Kind).HasConversion<string>().HasMaxLength(24);
            evidence.Property(e => e.Id).HasMaxLength(200);
            evidence.Property(e => e.Key).HasMaxLength(300);
        });
        breach.Navigation(b => b.Evidence).IsRequired();
        breach.Property<string>(DedupKey).HasMaxLength(300);
        breach.HasIndex(nameof(Breach.AgreementId), DedupKey).IsUnique();
        breach.HasIndex(b => new { b.AgreementId, b.DetectedAt });
        // The compliance report: an agreement's breaches of a period, by the time of the fact.
        breach.HasIndex(b => new { b.AgreementId, b.FactAt });
        // ListBreaches: newest first (by id) within an agreement or a status.
        breach.HasIndex(b => new { b.AgreementId, b.Id });
        breach.HasIndex(b => new { b.Status, b.Id });
        breach.Ignore(b => b.DomainEvents);
    }
}
