namespace Platform.Assurance.Domain.Staffing;

/// <summary>A team member as the clause 3.2 rules see it: on the team from <see cref="JoinedAt"/> (inclusive) until <see cref="LeftAt"/> (exclusive).</summary>
public sealed record RosterMember(Guid Id, string Name, string Role, bool IsCore, IndustryExperience Experience, DateTimeOffset JoinedAt, DateTimeOffset? LeftAt)
{
    public bool OnTeamAt(DateTimeOffset at) => JoinedAt <= at && (LeftAt is not { } left || at < left);
}
