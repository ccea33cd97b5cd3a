using Microsoft.EntityFrameworkCore;
using Platform.Agreements.Domain;
using Platform.Agreements.Domain.Breaches;
using Platform.Agreements.Domain.Facts;
using Platform.Messaging;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Data;

namespace Platform.Agreements.Data;

public sealed class AgreementsDbContext(DbContextOptions<AgreementsDbContext> options) : DbContext(options)
{
    public const string NumberSequence = "agreement_number_seq";

    public DbSet<Agreement> Agreements => Set<Agreement>();

    public DbSet<Breach> Breaches => Set<Breach>();

    public DbSet<InterruptionRecord> Interruptions => Set<InterruptionRecord>();

    /// <summary>Ends received before their interruption's start.</summary>
    public DbSet<WaitingInterruptionEnd> WaitingInterruptionEnds => Set<WaitingInterruptionEnd>();

    public DbSet<SurveyRecord> Surveys => Set<SurveyRecord>();

    public DbSet<ResolutionPeriodRecord> ResolutionPeriods => Set<ResolutionPeriodRecord>();

    public DbSet<FundingShortfallRecord> FundingShortfalls => Set<FundingShortfallRecord>();

    public DbSet<StaffingChangeRecord> StaffingChanges => Set<StaffingChangeRecord>();

    /// <summary>Takes the next commitment number from a sequence: unique and never reused, even after a rollback.</summary>
    public async Task<long> NextAgreementSequenceAsync(CancellationToken cancellationToken) =>
        await Database.SqlQuery<long>($"SELECT nextval('agreement_number_seq') AS \"Value\"").SingleAsync(cancellationToken);

    /// <summary>
    /// Serialises, until the transaction ends, the consumers of one interruption's start, end and corrections, so
    /// an end that finds no start and a start arriving at the same moment cannot miss each other.
    /// </summary>
    public async Task LockInterruptionAsync(Guid interruptionId, CancellationToken cancellationToken)
    {
        var key = BitConverter.ToInt64(interruptionId.ToByteArray(), 0);
        await Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", cancellationToken);
    }

    /// <summary>Takes (removes and returns) the end that arrived before this interruption's start, if one did.</summary>
    public async Task<DateTimeOffset?> TakeWaitingEndAsync(Guid interruptionId, CancellationToken cancellationToken)
    {
        if (await WaitingInterruptionEnds.FindAsync([interruptionId], cancellationToken) is not { } waiting)
        {
            return null;
        }

        WaitingInterruptionEnds.Remove(waiting);
        return waiting.EndedAt;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasSequence<long>(NumberSequence);
        modelBuilder.ApplyConfiguration(new AgreementConfiguration());
        modelBuilder.ApplyConfiguration(new BreachConfiguration());
        modelBuilder.Entity<InterruptionRecord>(interruption =>
        {
            interruption.ToTable("interruptions");
            interruption.Property(i => i.Id).ValueGeneratedNever();
            interruption.Property(i => i.PromisorId).HasMaxLength(300);
            interruption.Property(i => i.AffectedAgreementIds).AsJson();
        });
        modelBuilder.Entity<WaitingInterruptionEnd>(waiting =>
        {
            waiting.ToTable("waiting_interruption_ends");
            waiting.HasKey(w => w.InterruptionId);
            waiting.Property(w => w.InterruptionId).ValueGeneratedNever();
        });
        modelBuilder.Entity<ResolutionPeriodRecord>(period =>
        {
            period.ToTable("resolution_periods");
            period.HasKey(p => new { p.AgreementId, p.PeriodStart, p.Scope });
            period.Property(p => p.Scope).HasConversion<string>().HasMaxLength(8);
        });
        modelBuilder.Entity<FundingShortfallRecord>(shortfall =>
        {
            shortfall.ToTable("funding_shortfalls");
            shortfall.HasKey(f => new { f.PromisorId, f.Year });
            shortfall.Property(f => f.PromisorId).HasMaxLength(300);
        });
        modelBuilder.Entity<StaffingChangeRecord>(change =>
        {
            change.ToTable("staffing_changes");
            change.Property(c => c.Id).ValueGeneratedNever();
            change.Property(c => c.PromisorId).HasMaxLength(300);
            change.HasIndex(c => new { c.PromisorId, c.At });
        });
        modelBuilder.Entity<SurveyRecord>(survey =>
        {
            survey.ToTable("surveys");
            survey.Property(s => s.Id).ValueGeneratedNever();
            survey.Property(s => s.PromisorId).HasMaxLength(300);
            survey.Property(s => s.AgreementIds).AsJson();
        });
        modelBuilder.AddReliableMessaging();
        modelBuilder.AddAuditTrail();
    }
}
