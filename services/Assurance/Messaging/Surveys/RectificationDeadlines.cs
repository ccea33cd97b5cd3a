using System.Globalization;
using Platform.Assurance.Domain.Surveys;
using Platform.Messaging.Deadlines;

namespace Platform.Assurance.Messaging.Surveys;

/// <summary>
/// The overdue checks of a rectification, one per agreement, kept in step with it in the same transaction: due
/// the first microsecond after the agreement's deadline (a completion at the deadline is in time), cancelled
/// once the rectification is completed.
/// </summary>
public sealed class RectificationDeadlines(IDeadlines deadlines)
{
    public const string Overdue = "survey.rectification_overdue";

    public async Task SyncAsync(Rectification rectification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rectification);
        foreach (var obligation in rectification.Obligations)
        {
            var key = Key(rectification.Id, obligation.AgreementId);
            if (rectification.State == RectificationState.Open && obligation.OverdueAt is null)
            {
                await deadlines.EnsureScheduledAsync(Overdue, key, obligation.Deadline.AddTicks(TimeSpan.TicksPerMicrosecond), cancellationToken);
            }
            else
            {
                await deadlines.CancelAsync(Overdue, key, cancellationToken);
            }
        }
    }

    public static string Key(Guid rectificationId, Guid agreementId) =>
        string.Create(CultureInfo.InvariantCulture, $"{rectificationId}/{agreementId}");

    public static (Guid RectificationId, Guid AgreementId) ParseKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var parts = key.Split('/');
        return (Guid.Parse(parts[0]), Guid.Parse(parts[1]));
    }
}
