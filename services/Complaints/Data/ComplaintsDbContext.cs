using Microsoft.EntityFrameworkCore;
using Platform.AgreementReplica.Data;
using Platform.Complaints.Domain;
using Platform.Messaging;
using Platform.ServiceDefaults.Audit;

namespace Platform.Complaints.Data;

public sealed class ComplaintsDbContext(DbContextOptions<ComplaintsDbContext> options) : DbContext(options)
{
    public DbSet<Complaint> Complaints => Set<Complaint>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new ComplaintConfiguration());
        modelBuilder.AddKnownAgreements();
        modelBuilder.AddReliableMessaging();
        modelBuilder.AddAuditTrail();
    }
}
