using Microsoft.EntityFrameworkCore;
using Platform.Agreements.Domain;
using Platform.Messaging;

namespace Platform.Agreements.Data;

public sealed class AgreementsDbContext(DbContextOptions<AgreementsDbContext> options) : DbContext(options)
{
    public const string NumberSequence = "agreement_number_seq";

    public DbSet<Agreement> Agreements => Set<Agreement>();

    /// <summary>Takes the next commitment number from a sequence: unique and never reused, even after a rollback.</summary>
    public async Task<long> NextAgreementSequenceAsync(CancellationToken cancellationToken) =>
        await Database.SqlQuery<long>($"SELECT nextval('agreement_number_seq') AS \"Value\"").SingleAsync(cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasSequence<long>(NumberSequence);
        modelBuilder.ApplyConfiguration(new AgreementConfiguration());
        modelBuilder.AddReliableMessaging();
    }
}
