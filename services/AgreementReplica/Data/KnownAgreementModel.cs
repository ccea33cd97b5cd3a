using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Events.Agreements;
using Platform.AgreementReplica.Domain;

namespace Platform.AgreementReplica.Data;

public static class KnownAgreementModel
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

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
            agreement.Property(a => a.PromisorId).HasMaxLength(300);
            agreement.HasIndex(a => new { a.PromisorId, a.Status });
            agreement.Property(a => a.Version).IsConcurrencyToken();
            agreement.OwnsMany(a => a.TermsVersions, terms =>
            {
                terms.ToTable("known_agreement_terms");
                terms.WithOwner().HasForeignKey("AgreementId");
                terms.HasKey("AgreementId", nameof(KnownTerms.Version));
                terms.Property(t => t.Version).ValueGeneratedNever();
                terms.Property(t => t.Terms)
                    .HasConversion(
                        value => JsonSerializer.Serialize(value, s_json),
                        json => JsonSerializer.Deserialize<AgreementTermsSnapshot>(json, s_json)!)
                    .HasColumnType("jsonb");
            });
            agreement.Navigation(a => a.TermsVersions).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        return modelBuilder;
    }

    /// <summary>This context's copy of an agreement, or null when no fact about it has arrived.</summary>
    public static Task<KnownAgreement?> FindKnownAgreementAsync(this DbContext db, Guid agreementId, CancellationToken cancellationToken) =>
        db.Set<KnownAgreement>().AsNoTracking().SingleOrDefaultAsync(a => a.AgreementId == agreementId, cancellationToken);

    /// <summary>The agreements of a promisor this context knows as active (in force now), with their terms.</summary>
    public static Task<List<KnownAgreement>> ActiveAgreementsOfPromisorAsync(this DbContext db, string promisorId, CancellationToken cancellationToken) =>
        db.Set<KnownAgreement>().AsNoTracking()
            .Where(a => a.PromisorId == promisorId && a.Status == KnownAgreementStatus.Active)
            .ToListAsync(cancellationToken);

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
