namespace Platform.Assurance.Domain.Funding;

/// <summary>The only purposes the dedicated fund may serve (clause 3.1).</summary>
public enum FundingPurpose
{
    ServiceOptimisation = 1,
    TechnologyUpgrade = 2,
    CustomerCare = 3,
}
