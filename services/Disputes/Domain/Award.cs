namespace Platform.Disputes.Domain;

/// <summary>The arbitration commission's award (clause 5.2): binding, it ends the case.</summary>
public sealed record Award(DateOnly Date, string Summary);
