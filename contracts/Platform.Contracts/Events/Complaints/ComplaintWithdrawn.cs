namespace Platform.Contracts.Events.Complaints;

/// <summary>The customer withdrew a complaint; its clocks stopped.</summary>
public sealed record ComplaintWithdrawn : ComplaintChange;
