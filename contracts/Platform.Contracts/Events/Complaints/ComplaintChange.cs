namespace Platform.Contracts.Events.Complaints;

/// <summary>A change of a complaint's lifecycle, made by someone; facts of one complaint are ordered by <see cref="ComplaintVersion"/>.</summary>
public abstract record ComplaintChange : ComplaintFact
{
    /// <summary>Version of the complaint after this change.</summary>
    public required long ComplaintVersion { get; init; }

    /// <summary>Who made the change ("system" for automatic ones).</summary>
    public required string Actor { get; init; }
}
