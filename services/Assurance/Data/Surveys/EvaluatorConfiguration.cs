using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Assurance.Domain.Surveys;

namespace Platform.Assurance.Data.Surveys;

internal sealed class EvaluatorConfiguration : IEntityTypeConfiguration<Evaluator>
{
    public void Configure(EntityTypeBuilder<Evaluator> evaluator)
    {
        evaluator.ToTable("survey_evaluators");
        evaluator.HasKey(e => e.Id);
        evaluator.Property(e => e.Id).ValueGeneratedNever();
        evaluator.HasIndex(e => e.RequestId).IsUnique();
        evaluator.Property(e => e.RequestFingerprint).HasMaxLength(64);
        evaluator.Property(e => e.PromisorId).HasMaxLength(SurveyText.MaxShortText);
        evaluator.Property(e => e.Name).HasMaxLength(SurveyText.MaxShortText);
        evaluator.Property(e => e.Accreditation).HasMaxLength(SurveyText.MaxShortText);
        evaluator.Property(e => e.IndependenceDeclaration).HasMaxLength(SurveyText.MaxLongText);
        evaluator.Property(e => e.RegisteredBy).HasMaxLength(SurveyText.MaxShortText);
        evaluator.Property(e => e.Version).IsConcurrencyToken();

        // Listing: a promisor's evaluators, newest first.
        evaluator.HasIndex(e => new { e.PromisorId, e.Id });
    }
}
