namespace Platform.Assurance.Domain.Technology;

/// <summary>Whether a capability an agreement requires was there at an instant.</summary>
public enum RequirementStatus
{
    /// <summary>A capability of that name was operational.</summary>
    Met = 1,

    /// <summary>The best capability of that name was degraded.</summary>
    Degraded = 2,

    /// <summary>Every capability of that name was retired.</summary>
    Retired = 3,

    /// <summary>No capability of that name was in service.</summary>
    Missing = 4,
}
