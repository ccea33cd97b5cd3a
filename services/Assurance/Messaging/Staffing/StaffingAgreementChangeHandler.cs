using Platform.AgreementReplica.Messaging;

namespace Platform.Assurance.Messaging.Staffing;

/// <summary>
/// An agreement of a promisor was activated, amended or ended: its clause 3.2 requirement may have changed, so its
/// team is judged again at once, in the transaction that updates the copy of the agreement.
/// </summary>
internal sealed class StaffingAgreementChangeHandler(StaffingJudge judge, TimeProvider time) : IAgreementChangeHandler
{
    public Task HandleAsync(KnownAgreementChange change, CancellationToken cancellationToken) =>
        judge.JudgeAgreementChangeAsync(change.PromisorId, change.EffectiveAt, time.GetUtcNow(), cancellationToken);
}
