namespace Platform.Complaints.Domain;

/// <summary>The channels of clause 1.4, and any other an internal app names.</summary>
public enum ChannelKind
{
    Written = 1,
    Phone = 2,
    OnlinePlatform = 3,
    Email = 4,
    Other = 5,
}
