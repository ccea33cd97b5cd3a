namespace Platform.Complaints.Domain.Clocks;

/// <summary>Where a clock stands. <see cref="Paused"/> is never stored: it is a running clock while the complaint waits on the customer.</summary>
public enum ClockState
{
    Running = 1,
    Paused = 2,
    Met = 3,
    Missed = 4,

    /// <summary>No longer counts: the complaint was withdrawn, or is no longer major.</summary>
    Stopped = 5,
}
