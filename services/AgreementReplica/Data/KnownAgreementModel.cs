using Microsoft.EntityFrameworkCore;
using Platform.AgreementReplica.Domain;

namespace Platform.AgreementReplica.Data;

public static class KnownAgreementModel
{
    /// <summary>Maps the <c>known_agreements</c> table into a context's own model.</summary>
    public static ModelBuilder AddKnownAgreements(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<KnownAgreement>(agreement =>
        {
            agreement.ToTable("known_agreements");
            agreement.HasKey(a => a.AgreementId);
            agreement.Property(a => a.AgreementId).ValueGeneratedNever();
            agreement.Property(a => a.Number).HasMaxLength(32);
            agreement.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
            agreement.Property(a => a.Version).IsConcurrencyToken();
        });
        return modelBuilder;
    }

    /// <summary>This context's copy of an agreement, or null when no fact about it has arrived.</summary>
    public static Task<KnownAgreement?> FindKnownAgreementAsync(this DbContext db, Guid agreementId, CancellationToken cancellationToken) =>
        db.Set<KnownAgreement>().AsNoTracking().SingleOrDefaultAsync(a => a.AgreementId == agreementId, cancellationToken);

    /// <summary>The copy of an agreement to apply a fact to, created (and tracked) on the first fact heard.</summary>
    internal static async Task<KnownAgreement> GetOrAddKnownAgreementAsync(this DbContext db, Guid agreementId, CancellationToken cancellationToken)
    {
        var known = await db.Set<KnownAgreement>().FindAsync([agreementId], cancellationToken);
        if (known is null)
        {
            known = KnownAgreement.FirstHeardOf(agreementId);
            db.Set<KnownAgreement>().Add(known);
        }

        return known;
    }
}
