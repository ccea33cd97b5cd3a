namespace Platform.Messaging.Wakeups;

/// <summary>The signals by which a commit in this process wakes its outbox relay and deadline scheduler.</summary>
internal sealed class MessagingWakeups
{
    public WakeSignal Outbox { get; } = new();

    public DeadlineWakeup Deadlines { get; } = new();
}
