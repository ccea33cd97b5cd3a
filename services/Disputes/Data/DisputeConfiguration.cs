using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Disputes.Domain;
using Platform.ServiceDefaults.Data;

namespace Platform.Disputes.Data;

internal sealed class DisputeConfiguration : IEntityTypeConfiguration<Dispute>
{
    public void Configure(EntityTypeBuilder<Dispute> dispute)
    {
        dispute.ToTable("disputes");
        dispute.HasKey(d => d.Id);
        dispute.Property(d => d.Id).ValueGeneratedNever();
        dispute.HasIndex(d => d.RequestId).IsUnique();
        dispute.Property(d => d.RequestFingerprint).HasMaxLength(64);
        dispute.ComplexProperty(d => d.Claimant, party =>
        {
            party.Property(p => p.Name).HasColumnName("claimant_name").HasMaxLength(DisputeText.MaxShortText);
            party.Property(p => p.Role).HasColumnName("claimant_role").HasConversion<string>().HasMaxLength(16);
        });
        dispute.ComplexProperty(d => d.Respondent, party =>
        {
            party.Property(p => p.Name).HasColumnName("respondent_name").HasMaxLength(DisputeText.MaxShortText);
            party.Property(p => p.Role).HasColumnName("respondent_role").HasConversion<string>().HasMaxLength(16);
        });
        dispute.Property(d => d.Subject).HasMaxLength(DisputeText.MaxShortText);
        dispute.Property(d => d.Claims).AsJson();
        dispute.Property(d => d.BreachIds).AsJson();
        dispute.Property(d => d.ComplaintIds).AsJson();
        dispute.Property(d => d.Terms).AsJson();
        dispute.Property(d => d.Stage).HasConversion<string>().HasMaxLength(16);
        dispute.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        dispute.Property(d => d.NegotiationState).HasConversion<string>().HasMaxLength(16);
        dispute.Property(d => d.AssignedOfficer).HasMaxLength(DisputeText.MaxShortText);
        dispute.Property(d => d.Submissions).AsJson();
        dispute.Property(d => d.SettlementTerms).HasMaxLength(DisputeText.MaxLongText);
        dispute.Property(d => d.Arbitration).AsJson();
        dispute.Property(d => d.Litigation).AsJson();
        dispute.Property(d => d.Timeline).AsJson();
        dispute.Property(d => d.Version).IsConcurrencyToken();
        dispute.Ignore(d => d.IsClosed);
        dispute.Ignore(d => d.DomainEvents);

        // Listings: newest first by stage, status, officer or agreement; open negotiations by deadline.
        dispute.HasIndex(d => new { d.Status, d.Stage, d.Id });
        dispute.HasIndex(d => new { d.AssignedOfficer, d.Id });
        dispute.HasIndex(d => new { d.AgreementId, d.Id });
        dispute.HasIndex(d => d.NegotiationDeadline).HasFilter("negotiation_state = 'Open'");
    }
}
