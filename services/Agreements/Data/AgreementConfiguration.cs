using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Agreements.Domain;
using Platform.ServiceDefaults.Data;

namespace Platform.Agreements.Data;

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> agreement)
    {
        agreement.ToTable("agreements");
        agreement.HasKey(a => a.Id);
        agreement.Property(a => a.Id).ValueGeneratedNever();
        agreement.Property(a => a.Number).HasMaxLength(32);
        agreement.HasIndex(a => a.Number).IsUnique();
        agreement.HasIndex(a => a.CreateRequestId).IsUnique();
        agreement.Property(a => a.CreateRequestFingerprint).HasMaxLength(64);
        agreement.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        // ListAgreements by status: newest first (by id).
        agreement.HasIndex(a => new { a.Status, a.Id });
        agreement.Property(a => a.StatusReason).HasMaxLength(300);
        agreement.Property(a => a.Version).IsConcurrencyToken();
        agreement.Property(a => a.SignedBy).HasMaxLength(300);
        agreement.OwnsOne(a => a.Promisor, promisor =>
        {
            promisor.Property(p => p.OrganizationId).HasMaxLength(300);
            promisor.Property(p => p.Name).HasMaxLength(300);
            promisor.HasIndex(p => p.OrganizationId);
        });
        agreement.Property(a => a.Subsidiaries).AsJson();
        agreement.OwnsOne(a => a.Customer, customer =>
        {
            customer.Property(c => c.CustomerId).HasMaxLength(300);
            customer.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
            customer.Property(c => c.Name).HasMaxLength(300);
            customer.HasIndex(c => c.CustomerId);
        });
        agreement.OwnsOne(a => a.CustomerContact, contact =>
        {
            contact.Property(c => c.Email).HasMaxLength(300);
            contact.Property(c => c.Phone).HasMaxLength(300);
        });
        agreement.Property(a => a.Scope).AsJson();
        agreement.Property(a => a.StatusHistory).AsJson();
        agreement.Property(a => a.DraftTerms).AsJson();
        agreement.OwnsMany(a => a.TermsVersions, version =>
        {
            version.ToTable("agreement_terms_versions");
            version.WithOwner().HasForeignKey("AgreementId");
            version.HasKey("AgreementId", "Number");
            version.Property(v => v.Number).ValueGeneratedNever();
            version.Property(v => v.Terms).AsJson();
            version.Property(v => v.Reason).HasMaxLength(300);
        });
        agreement.Navigation(a => a.TermsVersions).UsePropertyAccessMode(PropertyAccessMode.Field);
        agreement.Ignore(a => a.DomainEvents);
    }
}
