namespace Platform.Assurance.Domain.Technology;

/// <summary>What a capability is (clause 3.3 names the first three).</summary>
public enum CapabilityKind
{
    IntelligentCustomerService = 1,
    ServiceDataAnalytics = 2,
    ServiceFlowAutomation = 3,
    Other = 4,
}
