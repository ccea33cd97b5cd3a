using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Platform.Contracts.Common.V1;
using Platform.Messaging.Backlog;

namespace Platform.ServiceDefaults.Operations;

/// <summary>
/// <c>GetServiceStatus</c>: the build, the readiness checks (database, message bus) run now, and the
/// outbox and deadline backlog. It answers even when a dependency is down, since that is when it is needed.
/// </summary>
internal sealed partial class ServiceStatusGrpcService(
    ServiceIdentity identity,
    HealthCheckService health,
    IServiceProvider services,
    TimeProvider time,
    ILogger<ServiceStatusGrpcService> logger) : ServiceStatusService.ServiceStatusServiceBase
{
    public override async Task<GetServiceStatusResponse> GetServiceStatus(GetServiceStatusRequest request, ServerCallContext context)
    {
        var report = await health.CheckHealthAsync(check => check.Tags.Contains(HealthTags.Dependency), context.CancellationToken);
        var now = time.GetUtcNow();
        var response = new GetServiceStatusResponse
        {
            Service = identity.Service,
            Version = identity.Version,
            Commit = identity.Commit,
            StartedAt = Timestamp.FromDateTimeOffset(identity.StartedAt),
            CheckedAt = Timestamp.FromDateTimeOffset(now),
        };
        response.Dependencies.AddRange(report.Entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(entry => new DependencyStatus
        {
            Name = entry.Key,
            Reachable = entry.Value.Status == HealthStatus.Healthy,
            Description = entry.Value.Description ?? entry.Value.Exception?.Message ?? entry.Value.Status.ToString(),
            CheckedIn = Duration.FromTimeSpan(entry.Value.Duration),
        }));

        // Without a database there is no backlog to read; the dependency row already says why.
        var databaseReachable = report.Entries.TryGetValue("database", out var database) && database.Status == HealthStatus.Healthy;
        if (databaseReachable && services.GetService(typeof(IMessagingBacklog)) is IMessagingBacklog reader)
        {
            try
            {
                AddBacklog(response, await reader.ReadAsync(now, context.CancellationToken), now);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogBacklogUnreadable(ex);
            }
        }

        return response;
    }

    private static void AddBacklog(GetServiceStatusResponse response, MessagingBacklog backlog, DateTimeOffset now)
    {
        response.Outbox = new OutboxBacklog { Pending = backlog.OutboxPending, Failing = backlog.OutboxFailing };
        if (backlog.OldestPendingSince is { } since)
        {
            response.Outbox.OldestPendingAge = Duration.FromTimeSpan(Positive(now - since));
        }

        response.Deadlines = new DeadlineBacklog { Pending = backlog.DeadlinesPending, Due = backlog.DeadlinesDue, Failing = backlog.DeadlinesFailing };
        if (backlog.OldestDueAt is { } due)
        {
            response.Deadlines.OldestDueLateness = Duration.FromTimeSpan(Positive(now - due));
        }
    }

    private static TimeSpan Positive(TimeSpan span) => span < TimeSpan.Zero ? TimeSpan.Zero : span;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the messaging backlog for the status answer")]
    private partial void LogBacklogUnreadable(Exception exception);
}
