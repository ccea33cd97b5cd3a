namespace Platform.Assurance.Domain.Inspections;

/// <summary>Whether a finding is still to be corrected. Numbers match the wire enum.</summary>
public enum FindingStatus
{
    Open = 1,
    Closed = 2,
}
