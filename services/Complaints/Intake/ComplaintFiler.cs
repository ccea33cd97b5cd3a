using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Platform.AgreementReplica.Data;
using Platform.AgreementReplica.Domain;
using Platform.Complaints.Data;
using Platform.Complaints.Domain;
using Platform.Complaints.Domain.Resolution;
using Platform.Complaints.Messaging;
using Platform.Messaging.Deadlines;
using Platform.Messaging.Outbox;
using Platform.SharedKernel;

namespace Platform.Complaints.Intake;

/// <summary>
/// Applies the filing rules and adds a new complaint, its event and its deadlines to one unit of work: a call's
/// own, or a batch's shared by several calls (see <see cref="ComplaintIntake"/>). Nothing is saved until
/// <see cref="SaveAsync"/>.
/// </summary>
public sealed class ComplaintFiler(
    ComplaintsDbContext db,
    IOutbox outbox,
    ComplaintDeadlines deadlines,
    ContactProtector contacts,
    IOptions<ComplaintsOptions> options)
{
    // The agreements' copies, read once per unit of work: a batch often holds several filings under one agreement.
    private readonly Dictionary<Guid, KnownAgreement?> _agreements = [];

    /// <summary>Checks the rules that need the agreement, then adds the complaint with its event and deadlines.</summary>
    public async Task<Complaint> AddAsync(NewFiling filing, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filing);
        var agreementId = filing.AgreementId;
        if (!_agreements.TryGetValue(agreementId, out var known))
        {
            known = await db.FindKnownAgreementAsync(agreementId, ct);
            _agreements[agreementId] = known;
        }

        if (known is null)
        {
            throw RuleViolationException.Precondition(
                "complaint.agreement_unknown", "agreement_id", $"Agreement {agreementId} is not known here (not signed, or its activation has not arrived yet).");
        }

        if (!known.AcceptsWork)
        {
            throw RuleViolationException.Precondition(
                "complaint.agreement_not_active", "agreement_id", $"Agreement {known.Number} is {known.Status.ToString().ToLowerInvariant()}; complaints are filed only under an active agreement.");
        }

        var terms = known.TermsAt(filing.ReceivedAt)
            ?? throw RuleViolationException.Precondition(
                "complaint.no_terms_at_receipt", "received_at", $"Agreement {known.Number} had no terms in force at {filing.ReceivedAt:O}, when the complaint was received.");

        var id = Guid.CreateVersion7();
        var complaint = Complaint.File(
            id,
            agreementId,
            filing.Request,
            filing.Details,
            contacts.Seal(id, filing.Customer),
            filing.ReceivedAt,
            terms.ToComplaintTerms(),
            options.Value.PauseCap,
            filing.Actor,
            filing.Now);
        db.Complaints.Add(complaint);
        ComplaintIntegrationEvents.Enqueue(complaint, outbox);
        await deadlines.ScheduleFiledAsync(complaint, ct);
        var period = MeasurementPeriod.Containing(filing.ReceivedAt, terms.Terms.MeasurementPeriod, complaint.Terms.Calendar, options.Value.MeasurementPeriodLength);
        await deadlines.EnsurePeriodEndAsync(agreementId, period, ct);
        return complaint;
    }

    /// <summary>
    /// Saves what was added. A complaint filed at the same moment under the same agreement (by another call or
    /// replica) may have scheduled the end of a measurement period first; its deadline is enough, so the ends
    /// that now exist are dropped from this save and the rest saved.
    /// </summary>
    public async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "ix_deadlines_kind_key" })
        {
            var added = db.ChangeTracker.Entries<Deadline>()
                .Where(e => e.State == EntityState.Added && e.Entity.Kind == ComplaintDeadlines.PeriodEnd)
                .ToList();
            var keys = added.Select(e => e.Entity.Key).ToList();
            var existing = await db.Set<Deadline>().AsNoTracking()
                .Where(d => d.Kind == ComplaintDeadlines.PeriodEnd && keys.Contains(d.Key))
                .Select(d => d.Key)
                .ToListAsync(ct);
            foreach (var periodEnd in added.Where(e => existing.Contains(e.Entity.Key)))
            {
                periodEnd.State = EntityState.Detached;
            }

            await db.SaveChangesAsync(ct);
        }
    }
}
