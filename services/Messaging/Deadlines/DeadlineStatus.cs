namespace Platform.Messaging.Deadlines;

public enum DeadlineStatus
{
    /// <summary>Waiting for its due time.</summary>
    Pending,

    /// <summary>Its handler ran and committed.</summary>
    Fired,

    /// <summary>Cancelled before it was due.</summary>
    Cancelled,
}
