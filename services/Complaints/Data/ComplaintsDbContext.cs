using Microsoft.EntityFrameworkCore;
using Platform.AgreementReplica.Data;
using Platform.Messaging;

namespace Platform.Complaints.Data;

public sealed class ComplaintsDbContext(DbContextOptions<ComplaintsDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddKnownAgreements();
        modelBuilder.AddReliableMessaging();
    }
}
