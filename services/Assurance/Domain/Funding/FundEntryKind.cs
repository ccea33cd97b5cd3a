namespace Platform.Assurance.Domain.Funding;

/// <summary>Whether a fund entry puts money into the fund or spends it.</summary>
public enum FundEntryKind
{
    Allocation = 1,
    Spending = 2,
}
