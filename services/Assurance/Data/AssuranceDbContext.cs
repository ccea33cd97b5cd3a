using Microsoft.EntityFrameworkCore;
using Platform.AgreementReplica.Data;
using Platform.Messaging;

namespace Platform.Assurance.Data;

public sealed class AssuranceDbContext(DbContextOptions<AssuranceDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddKnownAgreements();
        modelBuilder.AddReliableMessaging();
    }
}
