using Microsoft.EntityFrameworkCore;
using Platform.AgreementReplica.Data;
using Platform.Messaging;
using Platform.ServiceDefaults.Audit;

namespace Platform.Disputes.Data;

/// <summary>The Disputes database: cases, and the agreements and breaches it keeps from the Agreements facts.</summary>
public sealed class DisputesDbContext(DbContextOptions<DisputesDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DisputesDbContext).Assembly);
        modelBuilder.AddKnownAgreements();
        modelBuilder.AddReliableMessaging();
        modelBuilder.AddAuditTrail();
    }
}
