using Microsoft.EntityFrameworkCore;
using Platform.AgreementReplica.Data;
using Platform.Messaging;

namespace Platform.Disputes.Data;

public sealed class DisputesDbContext(DbContextOptions<DisputesDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddKnownAgreements();
        modelBuilder.AddReliableMessaging();
    }
}
