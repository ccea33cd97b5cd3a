using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Assurance.Domain.Surveys;
using Platform.ServiceDefaults.Data;

namespace Platform.Assurance.Data.Surveys;

internal sealed class RectificationConfiguration : IEntityTypeConfiguration<Rectification>
{
    public void Configure(EntityTypeBuilder<Rectification> rectification)
    {
        rectification.ToTable("survey_rectifications");
        rectification.HasKey(r => r.Id);
        rectification.Property(r => r.Id).ValueGeneratedNever();
        rectification.HasOne<Survey>().WithOne().HasForeignKey<Rectification>(r => r.SurveyId).OnDelete(DeleteBehavior.Restrict);
        rectification.HasIndex(r => r.SurveyId).IsUnique();
        rectification.Property(r => r.PromisorId).HasMaxLength(SurveyText.MaxShortText);
        rectification.Property(r => r.Obligations).AsJson();
        rectification.Property(r => r.AgreementIds).HasColumnType("uuid[]");
        rectification.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
        rectification.Property(r => r.CompletedBy).HasMaxLength(SurveyText.MaxShortText);
        rectification.Property(r => r.Evidence).HasMaxLength(SurveyText.MaxLongText);
        rectification.Property(r => r.EvidenceDocumentRef).HasMaxLength(SurveyText.MaxShortText);
        rectification.Property(r => r.History).AsJson();
        rectification.Property(r => r.Version).IsConcurrencyToken();
        rectification.Ignore(r => r.DomainEvents);

        // Listings: newest first, by promisor, by state, or by an agreement concerned.
        rectification.HasIndex(r => new { r.PromisorId, r.Id });
        rectification.HasIndex(r => new { r.State, r.Id });
        rectification.HasIndex(r => r.AgreementIds).HasMethod("gin");
    }
}
