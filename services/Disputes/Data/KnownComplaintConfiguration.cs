using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Disputes.Domain.Complaints;

namespace Platform.Disputes.Data;

internal sealed class KnownComplaintConfiguration : IEntityTypeConfiguration<KnownComplaint>
{
    public void Configure(EntityTypeBuilder<KnownComplaint> complaint)
    {
        complaint.ToTable("known_complaints");
        complaint.HasKey(c => c.ComplaintId);
        complaint.Property(c => c.ComplaintId).ValueGeneratedNever();
        complaint.HasIndex(c => c.AgreementId);
    }
}
