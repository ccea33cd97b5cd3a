namespace Platform.Assurance.Domain.Inspections;

/// <summary>The inspections of part 2, clause 3.1. Numbers match the wire enum.</summary>
public enum InspectionKind
{
    /// <summary>The responsible department's daily inspection.</summary>
    DailyCheck = 1,

    /// <summary>A spot check of service interactions.</summary>
    SpotCheck = 2,
}
