namespace Platform.IntegrationTests.Messaging;

/// <summary>The effect of <see cref="RecordingDeadlineHandler"/>: one row per fired deadline.</summary>
public sealed class DeadlineEffect
{
    public long Id { get; set; }

    public string Key { get; set; } = string.Empty;

    /// <summary>The host whose scheduler fired it.</summary>
    public string FiredBy { get; set; } = string.Empty;

    public DateTimeOffset FiredAt { get; set; }
}
