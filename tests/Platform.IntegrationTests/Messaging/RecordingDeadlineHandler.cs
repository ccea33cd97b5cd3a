using Microsoft.Extensions.Configuration;
using Platform.Messaging.Deadlines;

namespace Platform.IntegrationTests.Messaging;

/// <summary>Handles deadlines of <see cref="KindName"/> by inserting a <see cref="DeadlineEffect"/> row.</summary>
public sealed class RecordingDeadlineHandler(TestDbContext db, TimeProvider time, IConfiguration configuration) : IDeadlineHandler
{
    public const string KindName = "test-deadline";

    /// <summary>Setting that names the host in <see cref="DeadlineEffect.FiredBy"/>.</summary>
    public const string HostNameSetting = "Test:HostName";

    public string Kind => KindName;

    public Task HandleAsync(Deadline deadline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        db.DeadlineEffects.Add(new DeadlineEffect
        {
            Key = deadline.Key,
            FiredBy = configuration[HostNameSetting] ?? "unnamed",
            FiredAt = time.GetUtcNow(),
        });
        return Task.CompletedTask;
    }
}
