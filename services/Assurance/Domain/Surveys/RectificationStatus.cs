namespace Platform.Assurance.Domain.Surveys;

/// <summary>Where a rectification stands at a time. Numbers match the wire enum.</summary>
public enum RectificationStatus
{
    Open = 1,
    Overdue = 2,
    Completed = 3,
    CompletedLate = 4,
}
