namespace Platform.Assurance.Domain.Inspections;

/// <summary>Whether a corrective action is done. Numbers match the wire enum.</summary>
public enum CorrectiveActionStatus
{
    Open = 1,
    Closed = 2,
}
