using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Platform.Complaints.Data;
using Platform.Complaints.Messaging;
using Platform.ServiceDefaults.Audit;
using Platform.SharedKernel;
using Complaint = Platform.Complaints.Domain.Complaint;

namespace Platform.Complaints.Intake;

/// <summary>
/// Coalesces concurrent FileComplaint calls into one transaction (a group commit). Each call hands its checked
/// request to a queue; a writer takes every filing waiting (up to <see cref="ComplaintsOptions.IntakeBatchSize"/>),
/// applies the rules to each in one unit of work, adds each call's audit record, and commits once. A commit costs
/// about the same for one complaint or fifty, so under load the commits are shared instead of queued; alone, a
/// call waits for nobody.
/// <para>
/// A filing the batch cannot take is handed back (<see langword="null"/>) and the call files it on its own, as
/// without a batch: one whose rule fails (so the call answers with the rule, or with an earlier filing of the same
/// request), and every filing of a batch whose commit failed (a retried request id, say). Nothing is half saved:
/// a batch commits whole or not at all.
/// </para>
/// </summary>
public sealed partial class ComplaintIntake(IServiceScopeFactory scopes, IOptions<ComplaintsOptions> options, ILogger<ComplaintIntake> logger)
    : BackgroundService
{
    private readonly Channel<PendingFiling> _queue = Channel.CreateUnbounded<PendingFiling>();

    /// <summary>
    /// Files <paramref name="filing"/> in the next batch. Returns the complaint once its batch committed (its audit
    /// record, from <paramref name="auditRecord"/>, committed with it), or <see langword="null"/> when the caller must
    /// file it alone.
    /// </summary>
    public Task<Complaint?> FileAsync(NewFiling filing, Func<Guid, AuditRecord?> auditRecord, CancellationToken cancellationToken)
    {
        if (options.Value.IntakeBatchSize <= 1)
        {
            return Task.FromResult<Complaint?>(null);
        }

        var pending = new PendingFiling(filing, auditRecord);
        return _queue.Writer.TryWrite(pending)
            ? pending.Filed.Task.WaitAsync(cancellationToken)
            : Task.FromResult<Complaint?>(null); // stopping: no batch will take it
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var writers = Enumerable.Range(0, Math.Max(1, options.Value.IntakeWriters)).Select(_ => WriteAsync(stoppingToken));
        try
        {
            await Task.WhenAll(writers);
        }
        finally
        {
            // Calls still queued file alone; none waits for a writer that has stopped.
            _queue.Writer.TryComplete();
            while (_queue.Reader.TryRead(out var left))
            {
                left.Filed.TrySetResult(null);
            }
        }
    }

    private async Task WriteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<PendingFiling>(options.Value.IntakeBatchSize);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < options.Value.IntakeBatchSize && _queue.Reader.TryRead(out var next))
                {
                    batch.Add(next);
                }

                if (batch.Count > 0)
                {
                    await FileBatchAsync(batch);
                    batch.Clear();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: a batch that was taken is always finished first (FileBatchAsync is not cancelled).
        }
    }

    /// <summary>Files a batch; answers every call in it, whatever happens.</summary>
    private async Task FileBatchAsync(List<PendingFiling> batch)
    {
        var filed = new List<(PendingFiling Pending, Complaint Complaint)>(batch.Count);
        try
        {
            // Not the calls' tokens: a batch shared by many calls is not given up because one caller left.
            var ct = CancellationToken.None;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ComplaintsDbContext>();
            var filer = scope.ServiceProvider.GetRequiredService<ComplaintFiler>();
            foreach (var pending in batch)
            {
                Complaint complaint;
                try
                {
                    complaint = await filer.AddAsync(pending.Filing, ct);
                }
                catch (RuleViolationException)
                {
                    pending.Filed.TrySetResult(null); // the call applies the rule itself and answers with it
                    continue;
                }

                if (pending.AuditRecord(complaint.Id) is { } record)
                {
                    db.Add(record);
                }

                filed.Add((pending, complaint));
            }

            if (filed.Count > 0)
            {
                await filer.SaveAsync(ct);
                IntakeMetrics.BatchSize.Record(filed.Count);
                foreach (var (_, complaint) in filed)
                {
                    ComplaintsMetrics.Filed(complaint);
                }
            }

            foreach (var (pending, complaint) in filed)
            {
                pending.Filed.TrySetResult(complaint);
            }
        }
        catch (Exception ex)
        {
            LogBatchFailed(logger, ex, batch.Count);
            foreach (var pending in batch)
            {
                pending.Filed.TrySetResult(null);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A batch of {Count} filings could not be saved together; each is filed on its own")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, int count);

    private sealed class PendingFiling(NewFiling filing, Func<Guid, AuditRecord?> auditRecord)
    {
        public NewFiling Filing { get; } = filing;

        public Func<Guid, AuditRecord?> AuditRecord { get; } = auditRecord;

        /// <summary>Completed off the writer's thread, so a call's answer never holds up the next batch.</summary>
        public TaskCompletionSource<Complaint?> Filed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
