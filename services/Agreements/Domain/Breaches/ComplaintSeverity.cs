namespace Platform.Agreements.Domain.Breaches;

/// <summary>The severity Complaints gave a complaint; only a major one has the resolution deadline of 4.2.2.</summary>
public enum ComplaintSeverity
{
    Normal,
    Major,
}
