using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Assurance.Domain.Surveys;

namespace Platform.Assurance.Data.Surveys;

internal sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> survey)
    {
        survey.ToTable("surveys");
        survey.HasKey(s => s.Id);
        survey.Property(s => s.Id).ValueGeneratedNever();
        survey.HasIndex(s => s.RequestId).IsUnique();
        survey.Property(s => s.RequestFingerprint).HasMaxLength(64);
        survey.Property(s => s.PromisorId).HasMaxLength(SurveyText.MaxShortText);
        survey.Property(s => s.AgreementIds).HasColumnType("uuid[]");
        survey.Property(s => s.ScopeKey).HasMaxLength(80);
        survey.Property(s => s.RecordedBy).HasMaxLength(SurveyText.MaxShortText);
        survey.Property(s => s.Version).IsConcurrencyToken();
        survey.HasOne<Evaluator>().WithMany().HasForeignKey(s => s.EvaluatorId).OnDelete(DeleteBehavior.Restrict);
        survey.Ignore(s => s.Scope);
        survey.Ignore(s => s.Scored);
        survey.Ignore(s => s.DomainEvents);

        // One survey per year per scope, even when two requests race (the overlap of scopes is checked before).
        survey.HasIndex(s => new { s.PromisorId, s.Year, s.ScopeKey }).IsUnique();
        // Listings: newest first, by promisor or by an agreement named.
        survey.HasIndex(s => new { s.PromisorId, s.Id });
        survey.HasIndex(s => s.AgreementIds).HasMethod("gin");
    }
}
