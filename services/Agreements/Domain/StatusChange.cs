namespace Platform.Agreements.Domain;

/// <summary>The agreement entered <paramref name="Status"/> at <paramref name="At"/>; kept to tell whether it was in force at any past instant.</summary>
public sealed record StatusChange(AgreementStatus Status, DateTimeOffset At);
