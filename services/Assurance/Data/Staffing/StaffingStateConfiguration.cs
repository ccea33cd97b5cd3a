using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Assurance.Domain.Staffing;

namespace Platform.Assurance.Data.Staffing;

internal sealed class StaffingStateConfiguration : IEntityTypeConfiguration<StaffingState>
{
    public void Configure(EntityTypeBuilder<StaffingState> state)
    {
        state.ToTable("staffing_states");
        state.HasKey(s => s.PromisorId);
        state.Property(s => s.PromisorId).HasMaxLength(StaffingText.MaxPromisorId);
        state.Property(s => s.Version).IsConcurrencyToken();
        state.Ignore(s => s.DomainEvents);
    }
}
