namespace Platform.Complaints.Domain;

/// <summary>
/// Received → acknowledged → in progress → resolved → closed; resolved → reopened → …; withdrawn by the
/// customer while open.
/// </summary>
public enum ComplaintStatus
{
    Received = 1,
    Acknowledged = 2,
    InProgress = 3,
    Resolved = 4,
    Closed = 5,
    Reopened = 6,
    Withdrawn = 7,
}
