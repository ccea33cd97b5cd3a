using Microsoft.EntityFrameworkCore;
using Platform.Assurance.Data;
using Platform.Assurance.Data.Staffing;
using Platform.Assurance.Domain.Staffing;
using Platform.Messaging.Outbox;

namespace Platform.Assurance.Messaging.Staffing;

/// <summary>
/// Judges a promisor's team after a roster change, a change of its agreements or at a review, keeps its staffing
/// state, publishes each transition once (StaffingShortfallFound, StaffingRestored) and schedules the next review,
/// all in the caller's unit of work.
/// </summary>
public sealed class StaffingJudge(AssuranceDbContext db, IOutbox outbox, StaffingDeadlines deadlines)
{
    /// <summary>The roster changed from <paramref name="before"/> to <paramref name="after"/>, effective at <paramref name="effectiveAt"/>.</summary>
    public async Task JudgeChangeAsync(
        string promisorId,
        IReadOnlyList<RosterMember> before,
        IReadOnlyList<RosterMember> after,
        DateTimeOffset effectiveAt,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var terms = await db.StaffingTermsOfAsync(promisorId, cancellationToken);
        var state = await db.Set<StaffingState>().FindAsync([promisorId], cancellationToken);
        if (state is null)
        {
            var from = effectiveAt < now ? effectiveAt : now;
            state = StaffingState.Begin(promisorId, StaffingAssessment.Of(before, StaffingRequirement.Highest(terms, from), from));
            db.Set<StaffingState>().Add(state);
        }

        state.JudgeChange(after, terms, effectiveAt, now);
        await SettleAsync(state, after, terms, now, cancellationToken);
    }

    /// <summary>
    /// The promisor's agreements changed (one activated, amended, suspended, resumed or ended) with effect from
    /// <paramref name="effectiveAt"/>: the team as it is is judged against the terms now in force from then on.
    /// A team never recorded has no state yet and is first judged when its roster is.
    /// </summary>
    public async Task JudgeAgreementChangeAsync(string promisorId, DateTimeOffset effectiveAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var state = await db.Set<StaffingState>().FindAsync([promisorId], cancellationToken);
        if (state is null)
        {
            return;
        }

        var roster = await RosterOfAsync(db, promisorId, cancellationToken);
        var terms = await db.StaffingTermsOfAsync(promisorId, cancellationToken);
        state.JudgeChange(roster, terms, effectiveAt, now);
        await SettleAsync(state, roster, terms, now, cancellationToken);
    }

    /// <summary>A review came due: the instants since the last judgement are judged.</summary>
    public async Task ReviewAsync(string promisorId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var state = await db.Set<StaffingState>().FindAsync([promisorId], cancellationToken);
        if (state is null)
        {
            return;
        }

        var roster = await RosterOfAsync(db, promisorId, cancellationToken);
        var terms = await db.StaffingTermsOfAsync(promisorId, cancellationToken);
        state.Review(roster, terms, now);
        await SettleAsync(state, roster, terms, now, cancellationToken);
    }

    public static async Task<IReadOnlyList<RosterMember>> RosterOfAsync(AssuranceDbContext db, string promisorId, CancellationToken cancellationToken) =>
        [.. (await db.Set<TeamMember>().AsNoTracking().Where(m => m.PromisorId == promisorId).ToListAsync(cancellationToken)).Select(m => m.ToRoster())];

    private async Task SettleAsync(StaffingState state, IReadOnlyList<RosterMember> roster, IReadOnlyList<StaffingTerms> terms, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var fact in state.DomainEvents.Select(e => StaffingIntegrationEvents.Of(state.PromisorId, e)))
        {
            outbox.Enqueue(fact, $"staffing/{state.PromisorId}");
        }

        state.ClearDomainEvents();
        await deadlines.SyncAsync(state.PromisorId, StaffingTimeline.NextAfter(roster, terms, now), cancellationToken);
    }
}
