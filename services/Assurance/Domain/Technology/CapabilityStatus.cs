namespace Platform.Assurance.Domain.Technology;

/// <summary>Whether a capability works; only an operational one meets a requirement of the terms.</summary>
public enum CapabilityStatus
{
    Operational = 1,
    Degraded = 2,
    Retired = 3,
}
