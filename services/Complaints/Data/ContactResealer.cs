using Microsoft.EntityFrameworkCore;

namespace Platform.Complaints.Data;

/// <summary>
/// After a key rotation, reseals every stored contact still sealed with an older key, in small batches, so
/// the old key can be removed from configuration. Runs at start-up and then hourly; safe with many replicas
/// (a row is only replaced if it still holds the value that was read).
/// </summary>
internal sealed partial class ContactResealer(IServiceScopeFactory scopes, ContactProtector protector, ILogger<ContactResealer> logger) : BackgroundService
{
    private const int BatchSize = 200;
    private static readonly TimeSpan s_interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var resealed = await ResealAllAsync(stoppingToken);
                if (resealed > 0)
                {
                    LogResealed(resealed, protector.ActiveKeyId);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(ex);
            }

            await Task.Delay(s_interval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Reseals every row not sealed with the active key; returns how many it replaced.</summary>
    internal async Task<int> ResealAllAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        var activePrefix = $"v1.{protector.ActiveKeyId}.%";
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ComplaintsDbContext>();
            var batch = await db.Complaints
                .FromSql($"SELECT * FROM complaints WHERE contact NOT LIKE {activePrefix} ORDER BY id LIMIT {BatchSize}")
                .AsNoTracking()
                .Select(c => new { c.Id, c.Contact })
                .ToListAsync(cancellationToken);
            var replaced = 0;
            foreach (var row in batch)
            {
                var resealed = protector.Seal(row.Id, protector.Open(row.Id, row.Contact));
                replaced += await db.Complaints
                    .Where(c => c.Id == row.Id && c.Contact == row.Contact)
                    .ExecuteUpdateAsync(set => set.SetProperty(c => c.Contact, resealed), cancellationToken);
            }

            total += replaced;
            if (batch.Count < BatchSize)
            {
                return total;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Resealed {Count} customer contacts with key {KeyId}")]
    private partial void LogResealed(int count, string keyId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Resealing customer contacts failed; retrying later")]
    private partial void LogFailed(Exception exception);
}
