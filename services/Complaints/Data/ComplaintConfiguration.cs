using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Complaints.Domain;
using Platform.ServiceDefaults.Data;

namespace Platform.Complaints.Data;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> complaint)
    {
        complaint.ToTable("complaints");
        complaint.HasKey(c => c.Id);
        complaint.Property(c => c.Id).ValueGeneratedNever();
        complaint.HasIndex(c => c.RequestId).IsUnique();
        complaint.Property(c => c.RequestFingerprint).HasMaxLength(64);
        complaint.ComplexProperty(c => c.Channel, channel =>
        {
            channel.Property(ch => ch.Kind).HasColumnName("channel").HasConversion<string>().HasMaxLength(20);
            channel.Property(ch => ch.Name).HasColumnName("channel_name").HasMaxLength(Channel.MaxNameLength);
        });
        complaint.Property(c => c.Subject).HasMaxLength(ComplaintText.MaxShortText);
        complaint.Property(c => c.Description).HasMaxLength(ComplaintText.MaxLongText);
        complaint.Property(c => c.Category).HasMaxLength(ComplaintDetails.MaxCategoryLength);
        complaint.Property(c => c.Severity).HasConversion<string>().HasMaxLength(16);
        complaint.Property(c => c.Contact).HasConversion(v => v.Value, v => new SealedContact(v)).HasMaxLength(4000);
        complaint.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        complaint.Property(c => c.Terms).AsJson();
        complaint.Property(c => c.Clocks).AsJson();
        complaint.Property(c => c.Pauses).AsJson();
        complaint.Property(c => c.History).AsJson();
        complaint.Property(c => c.Resolutions).AsJson();
        complaint.Property(c => c.Solution).HasMaxLength(ComplaintText.MaxLongText);
        complaint.Property(c => c.Version).IsConcurrencyToken();
        complaint.Ignore(c => c.Details);
        complaint.Ignore(c => c.AwaitingCustomer);
        complaint.Ignore(c => c.DomainEvents);

        // Listings: newest first within an agreement, a status, or the overdue ones; rates: by received time.
        complaint.HasIndex(c => new { c.AgreementId, c.Id });
        // GetResolutionStats counts a period's complaints from this index alone (an index-only scan).
        complaint.HasIndex(c => new { c.AgreementId, c.ReceivedAt }).IncludeProperties(c => new { c.Severity, c.WithdrawnAt, c.Resolutions });
        complaint.HasIndex(c => new { c.Status, c.Id });
        complaint.HasIndex(c => c.Id).HasFilter("overdue").HasDatabaseName("ix_complaints_overdue");
        complaint.HasIndex(c => new { c.AgreementId, c.Status, c.Id });
        complaint.HasIndex(c => new { c.AgreementId, c.Id }, "ix_complaints_agreement_id_id_overdue").HasDatabaseName("ix_complaints_agreement_id_id_overdue").HasFilter("overdue");
        complaint.HasIndex(c => c.NextDueAt);
        // Complaints at risk, most urgent first; only the few that need a handler are in these.
        complaint.HasIndex(c => new { c.AtRiskDueAt, c.Id }).HasFilter("at_risk_due_at IS NOT NULL").HasDatabaseName("ix_complaints_at_risk");
        complaint.HasIndex(c => new { c.AgreementId, c.AtRiskDueAt, c.Id }).HasFilter("at_risk_due_at IS NOT NULL").HasDatabaseName("ix_complaints_agreement_id_at_risk");
    }
}
