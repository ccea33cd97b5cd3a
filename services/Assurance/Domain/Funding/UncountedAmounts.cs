namespace Platform.Assurance.Domain.Funding;

/// <summary>Fund entries in a currency the year's revenue is not in: reported apart, never converted or counted.</summary>
public sealed record UncountedAmounts(string Currency, decimal Allocated, decimal Spent);
