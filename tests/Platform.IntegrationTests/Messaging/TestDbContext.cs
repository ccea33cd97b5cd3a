using Microsoft.EntityFrameworkCore;
using Platform.IntegrationTests.Infrastructure;
using Platform.Messaging;

namespace Platform.IntegrationTests.Messaging;

/// <summary>
/// A service's DbContext reduced to the reliable-messaging tables plus the effects of its consumer and
/// deadline handler. The effect tables have no unique constraints, so a message or deadline applied twice
/// shows up as two rows.
/// </summary>
public sealed class TestDbContext(DbContextOptions<TestDbContext> options) : DbContext(options)
{
    public DbSet<ReceivedAgreement> ReceivedAgreements => Set<ReceivedAgreement>();

    public DbSet<DeadlineEffect> DeadlineEffects => Set<DeadlineEffect>();

    /// <summary>Creates a fresh database with this model's tables; returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(PlatformInfrastructure infrastructure)
    {
        ArgumentNullException.ThrowIfNull(infrastructure);
        var connectionString = await infrastructure.CreateDatabaseAsync();
        await using var db = Connect(connectionString);
        await db.Database.EnsureCreatedAsync();
        return connectionString;
    }

    /// <summary>A context outside any host, configured as <c>AddServiceDatabase</c> does, for arranging and asserting.</summary>
    public static TestDbContext Connect(string connectionString) =>
        new(new DbContextOptionsBuilder<TestDbContext>().UseNpgsql(connectionString).UseSnakeCaseNamingConvention().Options);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddReliableMessaging();
        modelBuilder.Entity<ReceivedAgreement>().Property(r => r.Id).UseIdentityAlwaysColumn();
        modelBuilder.Entity<DeadlineEffect>().Property(e => e.Id).UseIdentityAlwaysColumn();
    }
}
