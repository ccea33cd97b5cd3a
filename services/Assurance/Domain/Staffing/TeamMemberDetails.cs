using Platform.SharedKernel;

namespace Platform.Assurance.Domain.Staffing;

/// <summary>What is recorded of a team member: name and role only (no other personal data), core flag, experience and joining date.</summary>
public sealed record TeamMemberDetails(string Name, string Role, bool IsCore, IndustryExperience Experience, DateTimeOffset JoinedAt)
{
    /// <summary>Checks the details from a request; the experience is as of <paramref name="experienceAsOf"/>, default now.</summary>
    public static TeamMemberDetails Of(string? name, string? role, bool isCore, decimal? experienceYears, DateTimeOffset? experienceAsOf, DateTimeOffset? joinedAt, DateTimeOffset now) =>
        new(
            StaffingText.Required(name, "name", StaffingText.MaxName),
            StaffingText.Required(role, "role", StaffingText.MaxName),
            isCore,
            IndustryExperience.Of(experienceYears, experienceAsOf ?? now, now),
            joinedAt ?? throw RuleViolationException.Invalid("joined_at", "joined_at is required: from when the member is on the team."));

    public override string ToString() =>
        $"{Name}, {Role}{(IsCore ? ", core" : string.Empty)}, {Experience}, joined {JoinedAt:O}";
}
