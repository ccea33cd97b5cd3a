namespace Platform.SharedKernel;

/// <summary>Something that happened inside an aggregate; adapters turn it into integration events.</summary>
public interface IDomainEvent
{
    /// <summary>When it happened.</summary>
    DateTimeOffset OccurredAt { get; }
}
