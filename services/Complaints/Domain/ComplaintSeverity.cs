namespace Platform.Complaints.Domain;

/// <summary>How serious a complaint is; a major one also has the resolution deadline of clause 4.2.2.</summary>
public enum ComplaintSeverity
{
    Normal = 1,
    Major = 2,
}
