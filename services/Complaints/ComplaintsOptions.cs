namespace Platform.Complaints;

/// <summary>Settings of the Complaints context (configuration section <c>Complaints</c>).</summary>
public sealed class ComplaintsOptions
{
    public const string Section = "Complaints";

    /// <summary>The most working time of waits on the customer credited to a complaint's clocks in total.</summary>
    public TimeSpan PauseCap { get; set; } = TimeSpan.FromDays(3);

    /// <summary>A resolved complaint closes by itself when the customer has not answered for this long.</summary>
    public TimeSpan QuietPeriod { get; set; } = TimeSpan.FromDays(14);

    /// <summary>Below this many complaints in a period, a resolution rate is INSUFFICIENT_SAMPLE rather than judged.</summary>
    public int MinimumSample { get; set; } = 10;

    /// <summary>
    /// At most this many concurrent FileComplaint calls are committed together in one transaction; 1 commits each
    /// call on its own.
    /// </summary>
    public int IntakeBatchSize { get; set; } = 64;

    /// <summary>Intake batches built or committed at the same time.</summary>
    public int IntakeWriters { get; set; } = 2;

    /// <summary>
    /// For tests and demos only: measurement periods of this fixed length (from the Unix epoch) instead of the
    /// calendar month, quarter or year of the terms.
    /// </summary>
    public TimeSpan? MeasurementPeriodLength { get; set; }
}
