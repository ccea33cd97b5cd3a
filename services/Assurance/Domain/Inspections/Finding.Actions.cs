using Platform.SharedKernel;

namespace Platform.Assurance.Domain.Inspections;

public sealed partial class Finding
{
    /// <summary>The action an earlier AddCorrectiveAction with this request id added, or null; a reuse with other content is refused.</summary>
    public CorrectiveAction? ActionAddedBy(ClientRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var earlier = Actions.FirstOrDefault(a => a.RequestId == request.Id);
        if (earlier is not null && earlier.RequestFingerprint != request.Fingerprint)
        {
            throw RuleViolationException.AlreadyExists(
                "corrective_action.request_id_reused", "request_id", $"request_id {request.Id} was already used to add corrective action {earlier.Id} with different content; use a new request_id.");
        }

        return earlier;
    }

    /// <summary>Adds a corrective action due at <paramref name="dueAt"/> (not before the inspection) to the open finding.</summary>
    public CorrectiveAction AddAction(
        Guid actionId, ClientRequest request, string? description, string? owner, DateTimeOffset? dueAt, string? actor, long expectedVersion, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        var who = Begin(actor, expectedVersion, "given actions");
        var what = InspectionText.Required(description, "description", InspectionText.MaxLongText);
        var by = InspectionText.Required(owner, "owner", InspectionText.MaxShortText);
        var due = dueAt ?? throw RuleViolationException.Invalid("due_at", "due_at is required.");
        if (due < InspectedAt)
        {
            throw RuleViolationException.Invalid("due_at", $"due_at {due:O} is before the inspection of {InspectedAt:O}.");
        }

        if (Actions.Count >= MaxActions)
        {
            throw RuleViolationException.Precondition("finding.too_many_actions", "finding.actions", $"Finding {Id} already has {MaxActions} corrective actions.");
        }

        var action = new CorrectiveAction(actionId, request.Id, request.Fingerprint, what, by, due, CorrectiveActionStatus.Open, now, who);
        Actions = [.. Actions, action];
        Commit(now, who, "ActionAdded", $"Action {actionId} owned by {by}, due {due:O}: {what}");
        return action;
    }

    /// <summary>Closes an open action with its evidence; the finding closes with its last open action.</summary>
    public void CloseAction(Guid actionId, string? actor, string? evidence, long expectedVersion, DateTimeOffset now)
    {
        var who = Begin(actor, expectedVersion, "changed");
        var action = Actions.FirstOrDefault(a => a.Id == actionId) ?? throw RuleViolationException.NotFound("corrective_action", actionId.ToString());
        if (!action.IsOpen)
        {
            throw RuleViolationException.Precondition(
                "corrective_action.already_closed", "corrective_action.status", $"Corrective action {actionId} was already closed on {action.ClosedAt:O}.");
        }

        var text = InspectionText.Required(evidence, "evidence", InspectionText.MaxLongText);
        var closed = action with { Status = CorrectiveActionStatus.Closed, ClosedAt = now, ClosedBy = who, Evidence = text };
        Actions = [.. Actions.Select(a => a.Id == actionId ? closed : a)];
        var late = closed.IsOverdueAt(now) ? $" (after its due time {action.DueAt:O})" : string.Empty;
        if (Actions.All(a => !a.IsOpen))
        {
            CloseNow(now, who, text);
        }

        Commit(now, who, "ActionClosed", $"Action {actionId}{late}: {text}");
    }

    /// <summary>Raises the overdue of an action once, if it is still open after its due time; false (nothing changed) otherwise.</summary>
    public bool MarkActionOverdue(Guid actionId, DateTimeOffset now)
    {
        var action = Actions.FirstOrDefault(a => a.Id == actionId);
        if (action is not { IsOpen: true, OverdueAt: null } || !action.IsOverdueAt(now))
        {
            return false;
        }

        Actions = [.. Actions.Select(a => a.Id == actionId ? a with { OverdueAt = now } : a)];
        Commit(now, SystemActor, "ActionOverdue", $"Action {actionId} owned by {action.Owner} still open after {action.DueAt:O}.");
        Raise(new CorrectiveActionOverdue(actionId, action.DueAt, now));
        return true;
    }
}
