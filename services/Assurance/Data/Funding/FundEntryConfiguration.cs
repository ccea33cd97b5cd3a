using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Assurance.Domain.Funding;

namespace Platform.Assurance.Data.Funding;

internal sealed class FundEntryConfiguration : IEntityTypeConfiguration<FundEntry>
{
    public void Configure(EntityTypeBuilder<FundEntry> entry)
    {
        entry.ToTable("fund_entries");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).ValueGeneratedNever();
        entry.Property(e => e.PromisorId).HasMaxLength(FundingText.MaxPromisorId);
        entry.HasIndex(e => e.RequestId).IsUnique();
        // The kind (allocation or spending) and a SHA-256 of the request.
        entry.Property(e => e.RequestFingerprint).HasMaxLength(80);
        entry.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        entry.Property(e => e.Amount).HasPrecision(19, FundMoney.MaxScale);
        entry.Property(e => e.Currency).HasMaxLength(3);
        entry.Property(e => e.Purpose).HasConversion<string>().HasMaxLength(32);
        entry.Property(e => e.Description).HasMaxLength(FundingText.MaxLongText);
        entry.Property(e => e.RecordedBy).HasMaxLength(FundingText.MaxActor);
        entry.Ignore(e => e.Money);

        // Listings newest first by promisor, optionally within a year; the status sums a promisor's year.
        entry.HasIndex(e => new { e.PromisorId, e.Id });
        entry.HasIndex(e => new { e.PromisorId, e.Year, e.Id });
    }
}
