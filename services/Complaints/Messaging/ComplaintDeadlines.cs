using Microsoft.Extensions.Options;
using Platform.Complaints.Domain;
using Platform.Complaints.Domain.Resolution;
using Platform.Messaging.Deadlines;

namespace Platform.Complaints.Messaging;

/// <summary>
/// The deadline rows a complaint needs, kept in step with it in the same transaction: one clock check per
/// open complaint (at its next threshold or due time), the automatic close of a resolved one, and the end
/// of each measurement period that received a complaint.
/// </summary>
public sealed class ComplaintDeadlines(IDeadlines deadlines, IOptions<ComplaintsOptions> options)
{
    public const string ClockCheck = "complaint.clocks";
    public const string AutoClose = "complaint.auto_close";
    public const string PeriodEnd = "complaint.resolution_period";

    /// <summary>The deadlines of a complaint being filed: its id is new, so there is nothing to look up.</summary>
    public Task ScheduleFiledAsync(Complaint complaint, CancellationToken cancellationToken) =>
        complaint.NextClockCheckAt is { } checkAt
            ? deadlines.ScheduleNewAsync(ClockCheck, complaint.Id.ToString(), checkAt, cancellationToken)
            : Task.CompletedTask;

    public async Task SyncAsync(Complaint complaint, CancellationToken cancellationToken)
    {
        var key = complaint.Id.ToString();
        if (complaint.NextClockCheckAt is { } checkAt)
        {
            await deadlines.ScheduleAsync(ClockCheck, key, checkAt, cancellationToken);
        }
        else
        {
            await deadlines.CancelAsync(ClockCheck, key, cancellationToken);
        }

        if (complaint is { Status: ComplaintStatus.Resolved, ResolvedAt: { } resolvedAt })
        {
            await deadlines.ScheduleAsync(AutoClose, key, resolvedAt + options.Value.QuietPeriod, cancellationToken);
        }
        else if (complaint.Status == ComplaintStatus.Reopened)
        {
            await deadlines.CancelAsync(AutoClose, key, cancellationToken);
        }
    }

    /// <summary>Makes sure the end of the complaint's measurement period is measured; a period already measured stays so.</summary>
    public Task EnsurePeriodEndAsync(Guid agreementId, MeasurementPeriod period, CancellationToken cancellationToken) =>
        deadlines.EnsureScheduledAsync(PeriodEnd, PeriodKey(agreementId, period.Start), period.End, cancellationToken);

    public static string PeriodKey(Guid agreementId, DateTimeOffset periodStart) =>
        $"{agreementId}/{periodStart.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public static (Guid AgreementId, DateTimeOffset PeriodStart) ParsePeriodKey(string key)
    {
        var parts = key.Split('/');
        return (Guid.Parse(parts[0]), new DateTimeOffset(long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), TimeSpan.Zero));
    }
}
