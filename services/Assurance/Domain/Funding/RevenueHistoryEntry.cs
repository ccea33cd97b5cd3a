namespace Platform.Assurance.Domain.Funding;

/// <summary>The declaration or one amendment of a revenue: who, when, the revenue after it and why.</summary>
public sealed record RevenueHistoryEntry(int Sequence, DateTimeOffset At, string Actor, string Action, decimal Amount, string Currency, string Reason);
