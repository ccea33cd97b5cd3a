namespace Platform.Assurance.Domain.Technology;

/// <summary>A capability in service at an instant, with the status period in force then.</summary>
public sealed record CapabilityAtInstant(Capability Capability, CapabilityStatusPeriod Period);
