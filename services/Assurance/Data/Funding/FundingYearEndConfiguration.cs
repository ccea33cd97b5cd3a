using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Assurance.Domain.Funding;

namespace Platform.Assurance.Data.Funding;

internal sealed class FundingYearEndConfiguration : IEntityTypeConfiguration<FundingYearEnd>
{
    public void Configure(EntityTypeBuilder<FundingYearEnd> yearEnd)
    {
        yearEnd.ToTable("funding_year_ends");
        yearEnd.HasKey(y => new { y.PromisorId, y.Year });
        yearEnd.Property(y => y.PromisorId).HasMaxLength(FundingText.MaxPromisorId);
        yearEnd.Property(y => y.LastStatus).HasConversion<string>().HasMaxLength(24);
        yearEnd.Property(y => y.ReportedPercentOfRevenue).HasPrecision(28, FundingAssessment.PercentDecimals);
        yearEnd.Property(y => y.ReportedRequiredPercent).HasPrecision(28, 8);
        yearEnd.Property(y => y.Version).IsConcurrencyToken();
    }
}
