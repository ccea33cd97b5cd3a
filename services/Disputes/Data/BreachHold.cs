using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Disputes.Data;

/// <summary>
/// A breach held by a case: one row per breach, so two cases opened at the same moment on one breach cannot both
/// be saved (the checks before the save read the cases committed so far, and each would pass). Written with the
/// case; removed when the case is withdrawn, which frees the breach for a new case.
/// </summary>
internal sealed class BreachHold
{
    public BreachHold(Guid breachId, Guid disputeId)
    {
        BreachId = breachId;
        DisputeId = disputeId;
    }

    public Guid BreachId { get; private set; }

    public Guid DisputeId { get; private set; }
}

internal sealed class BreachHoldConfiguration : IEntityTypeConfiguration<BreachHold>
{
    public const string PrimaryKey = "pk_breach_holds";

    public void Configure(EntityTypeBuilder<BreachHold> hold)
    {
        hold.ToTable("breach_holds");
        hold.HasKey(h => h.BreachId).HasName(PrimaryKey);
        hold.Property(h => h.BreachId).ValueGeneratedNever();
        hold.HasIndex(h => h.DisputeId);
    }
}
