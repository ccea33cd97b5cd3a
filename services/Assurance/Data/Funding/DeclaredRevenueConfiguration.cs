using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Assurance.Domain.Funding;
using Platform.ServiceDefaults.Data;

namespace Platform.Assurance.Data.Funding;

internal sealed class DeclaredRevenueConfiguration : IEntityTypeConfiguration<DeclaredRevenue>
{
    public void Configure(EntityTypeBuilder<DeclaredRevenue> revenue)
    {
        revenue.ToTable("funding_revenues");
        revenue.HasKey(r => r.Id);
        revenue.Property(r => r.Id).ValueGeneratedNever();
        revenue.Property(r => r.PromisorId).HasMaxLength(FundingText.MaxPromisorId);
        revenue.HasIndex(r => new { r.PromisorId, r.Year }).IsUnique();
        revenue.HasIndex(r => r.RequestId).IsUnique();
        revenue.Property(r => r.RequestFingerprint).HasMaxLength(64);
        revenue.Property(r => r.Amount).HasPrecision(19, FundMoney.MaxScale);
        revenue.Property(r => r.Currency).HasMaxLength(3);
        revenue.Property(r => r.History).AsJson();
        revenue.Property(r => r.Version).IsConcurrencyToken();
        revenue.Ignore(r => r.Revenue);
    }
}
