namespace Platform.Disputes.Domain;

/// <summary>The court's judgment (clause 5.3): it ends the case.</summary>
public sealed record Judgment(DateOnly Date, string Summary);
