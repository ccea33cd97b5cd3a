using System.Globalization;
using Platform.Assurance.Domain.Inspections;
using Platform.Messaging.Deadlines;

namespace Platform.Assurance.Messaging.Inspections;

/// <summary>
/// The overdue check of each corrective action, kept in step with its finding in the same transaction: due the
/// first microsecond after the action's due time (closing at the due time is in time), cancelled once the
/// action is closed.
/// </summary>
public sealed class CorrectiveActionDeadlines(IDeadlines deadlines)
{
    public const string Overdue = "inspection.corrective_action_overdue";

    public async Task SyncAsync(Finding finding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(finding);
        foreach (var action in finding.Actions)
        {
            var key = Key(finding.Id, action.Id);
            if (action is { IsOpen: true, OverdueAt: null })
            {
                await deadlines.EnsureScheduledAsync(Overdue, key, action.DueAt.AddTicks(TimeSpan.TicksPerMicrosecond), cancellationToken);
            }
            else if (action.ClosedAt is not null)
            {
                await deadlines.CancelAsync(Overdue, key, cancellationToken);
            }
        }
    }

    public static string Key(Guid findingId, Guid actionId) =>
        string.Create(CultureInfo.InvariantCulture, $"{findingId}/{actionId}");

    public static (Guid FindingId, Guid ActionId) ParseKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var parts = key.Split('/');
        return (Guid.Parse(parts[0]), Guid.Parse(parts[1]));
    }
}
