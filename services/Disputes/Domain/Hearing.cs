namespace Platform.Disputes.Domain;

/// <summary>A hearing before the commission or the court: its date and what happened.</summary>
public sealed record Hearing(DateOnly Date, string Note);
