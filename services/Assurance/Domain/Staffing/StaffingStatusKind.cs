namespace Platform.Assurance.Domain.Staffing;

/// <summary>How a promisor's team fares against clause 3.2 at an instant.</summary>
public enum StaffingStatusKind
{
    Met = 1,
    Shortfall = 2,
    NoActiveAgreement = 3,
}
