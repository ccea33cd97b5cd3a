using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Assurance.Domain.Staffing;
using Platform.ServiceDefaults.Data;

namespace Platform.Assurance.Data.Staffing;

internal sealed class TeamMemberConfiguration : IEntityTypeConfiguration<TeamMember>
{
    public void Configure(EntityTypeBuilder<TeamMember> member)
    {
        member.ToTable("team_members");
        member.HasKey(m => m.Id);
        member.Property(m => m.Id).ValueGeneratedNever();
        member.Property(m => m.PromisorId).HasMaxLength(StaffingText.MaxPromisorId);
        member.HasIndex(m => m.RequestId).IsUnique();
        member.Property(m => m.RequestFingerprint).HasMaxLength(64);
        member.Property(m => m.Name).HasMaxLength(StaffingText.MaxName);
        member.Property(m => m.Role).HasMaxLength(StaffingText.MaxName);
        member.Property(m => m.ExperienceYears).HasPrecision(5, IndustryExperience.MaxDecimals);
        member.Property(m => m.History).AsJson();
        member.Property(m => m.Version).IsConcurrencyToken();
        member.Ignore(m => m.Experience);
        member.Ignore(m => m.Details);

        // The roster of a promisor, and its listing newest first.
        member.HasIndex(m => new { m.PromisorId, m.Id });
    }
}
