namespace Platform.Assurance.Domain.Interruptions;

/// <summary>What a correction asks to change; null leaves a value as it is.</summary>
public sealed record CorrectionRequest(DateTimeOffset? StartedAt, DateTimeOffset? EndedAt, bool? CausedByPromisor, InterruptionScope? Scope);
