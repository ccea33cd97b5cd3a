using Microsoft.Extensions.Hosting;

namespace Platform.Messaging.Hosting;

/// <summary>
/// A background loop that, when the host stops, finishes the unit of work it has started instead of abandoning
/// it. Two tokens: the <c>stoppingToken</c> of <see cref="BackgroundService.ExecuteAsync"/> says "start nothing
/// new" (waits end at once); <see cref="ShutdownAborted"/>, for work in flight, is cancelled only when the host's
/// shutdown timeout (<c>Shutdown:Timeout</c>) runs out, and then the work's transaction rolls back as after a crash.
/// </summary>
internal abstract class GracefulBackgroundService : BackgroundService
{
    private readonly CancellationTokenSource _aborted = new();

    /// <summary>Cancelled when the host gives up waiting for this service to stop.</summary>
    protected CancellationToken ShutdownAborted => _aborted.Token;

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await using var abortWithHost = cancellationToken.Register(_aborted.Cancel);
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _aborted.Dispose();
        base.Dispose();
        GC.SuppressFinalize(this);
    }
}
