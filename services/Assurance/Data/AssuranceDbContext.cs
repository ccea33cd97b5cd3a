using Microsoft.EntityFrameworkCore;
using Platform.AgreementReplica.Data;
using Platform.Messaging;
using Platform.ServiceDefaults.Audit;

namespace Platform.Assurance.Data;

/// <summary>
/// The Assurance database: each area (fund, team, technology and interruptions, surveys, inspections) maps
/// its own tables with an <see cref="IEntityTypeConfiguration{TEntity}"/> in <c>Data/</c>.
/// </summary>
public sealed class AssuranceDbContext(DbContextOptions<AssuranceDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AssuranceDbContext).Assembly);
        modelBuilder.AddKnownAgreements();
        modelBuilder.AddReliableMessaging();
        modelBuilder.AddAuditTrail();
    }
}
