using Platform.ServiceDefaults.Security;

namespace Platform.ServiceDefaults.Audit;

/// <summary>
/// The audit state of one gRPC call (scoped per call): which change it is, and whether its record was
/// already saved in the change's own transaction.
/// </summary>
public sealed class AuditScope
{
    internal Caller? Caller { get; private set; }

    internal string? Rpc { get; private set; }

    /// <summary>The record added to the change's SaveChanges, not yet committed.</summary>
    internal AuditRecord? Pending { get; set; }

    /// <summary>Whether the change's record is committed.</summary>
    internal bool Recorded { get; set; }

    /// <summary>The target of the recorded change, for a failure record of the same call.</summary>
    internal string? TargetId { get; set; }

    internal bool IsChange => Rpc is not null;

    /// <summary>
    /// The record of this call's change, for a change committed by a unit of work other than the call's own
    /// DbContext (several calls' changes committed together); <see langword="null"/> when the call is not an
    /// audited change. Once that commit is done, <see cref="RecordedElsewhere"/> says so.
    /// </summary>
    public AuditRecord? RecordFor(string targetId, DateTimeOffset at) =>
        IsChange && !Recorded ? AuditTrail.Record(Caller!, Rpc!, targetId, "OK", AuditKinds.Change, at) : null;

    /// <summary>The record from <see cref="RecordFor"/> committed with the change: the call writes no other.</summary>
    public void RecordedElsewhere(string targetId)
    {
        TargetId = targetId;
        Recorded = true;
    }

    internal void BeginChange(Caller caller, string rpc)
    {
        Caller = caller;
        Rpc = rpc;
    }
}
