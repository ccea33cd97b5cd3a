namespace Platform.Messaging.Deadlines;

/// <summary>Settings of the deadline scheduler (configuration section <c>Messaging:Deadlines</c>).</summary>
public sealed class DeadlineOptions
{
    /// <summary>How often due deadlines are looked for when none was due.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>First wait before retrying a deadline whose handler failed; doubles per attempt.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many due deadlines one pass fires at most before checking for shutdown.</summary>
    public int BatchSize { get; set; } = 100;
}
