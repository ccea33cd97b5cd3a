namespace Platform.Messaging.Deadlines;

/// <summary>Settings of the deadline scheduler (configuration section <c>Messaging:Deadlines</c>).</summary>
public sealed class DeadlineOptions
{
    /// <summary>
    /// The longest the scheduler sleeps between looks. It wakes sooner when the earliest pending deadline falls
    /// due, or when this process commits one due sooner; the poll finds deadlines set by other replicas.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// After a pass that fired deadlines, the next one waits at least this long, so deadlines falling due close
    /// together (hundreds a second in a wave of missed clocks) are fired a few to a pass instead of a pass and its
    /// queries each. It adds at most this much to a deadline's lateness; zero fires each as it falls due.
    /// </summary>
    public TimeSpan Coalesce { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>First wait before retrying a deadline whose handler failed; doubles per attempt.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many due deadlines one pass fires at most, per connection, before checking for shutdown.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// How many deadlines are fired at once, each in its own transaction on its own connection, so a burst of
    /// clocks falling due together is not fired one commit at a time.
    /// </summary>
    public int Concurrency { get; set; } = 4;

    /// <summary>
    /// How many due deadlines are fired in one transaction (one commit for all of them). When one fails, those
    /// are fired again one at a time, so only the failing one waits for its retry.
    /// </summary>
    public int FireTogether { get; set; } = 20;
}
