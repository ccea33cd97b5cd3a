using System.Text.Json.Serialization;
using Platform.Contracts.Common.V1;

namespace Platform.Platformctl.Commands;

/// <summary>
/// What <c>status</c> found for one service: its gRPC health and, when it answered GetServiceStatus, its build,
/// dependencies and backlogs (null when not known). Written as one JSON object per service.
/// </summary>
internal sealed record ServiceReport(
    string Service,
    string Url,
    string Health,
    string? Version,
    string? Commit,
    bool? DatabaseReachable,
    bool? BrokerReachable,
    long? OutboxPending,
    long? OutboxFailing,
    double? OutboxOldestPendingAgeSeconds,
    long? DeadlinesPending,
    long? DeadlinesDue,
    long? DeadlinesFailing,
    double? DeadlinesOldestDueLatenessSeconds,
    string? StatusError)
{
    public const string Serving = "SERVING";
    public const string DatabaseDependency = "database";
    public const string BrokerDependency = "message-bus";

    /// <summary>SERVING, and both the database and the broker answered the service's own check.</summary>
    [JsonIgnore]
    public bool Healthy => Health == Serving && DatabaseReachable == true && BrokerReachable == true;

    public static ServiceReport Answered(string service, string url, string health, GetServiceStatusResponse status) => new(
        service,
        url,
        health,
        status.Version,
        status.Commit,
        Reachable(status, DatabaseDependency),
        Reachable(status, BrokerDependency),
        status.Outbox?.Pending,
        status.Outbox?.Failing,
        status.Outbox?.OldestPendingAge?.ToTimeSpan().TotalSeconds,
        status.Deadlines?.Pending,
        status.Deadlines?.Due,
        status.Deadlines?.Failing,
        status.Deadlines?.OldestDueLateness?.ToTimeSpan().TotalSeconds,
        null);

    public static ServiceReport Unanswered(string service, string url, string health, string error) =>
        new(service, url, health, null, null, null, null, null, null, null, null, null, null, null, error);

    private static bool? Reachable(GetServiceStatusResponse status, string dependency) =>
        status.Dependencies.FirstOrDefault(d => d.Name == dependency)?.Reachable;
}
