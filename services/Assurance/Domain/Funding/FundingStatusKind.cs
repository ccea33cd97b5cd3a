namespace Platform.Assurance.Domain.Funding;

/// <summary>How a promisor's fund of a year fares against clause 3.1.</summary>
public enum FundingStatusKind
{
    Met = 1,
    Shortfall = 2,
    NoRevenueDeclared = 3,
    NoActiveAgreement = 4,
}
