namespace Platform.Assurance.Domain.Staffing;

/// <summary>A core member on the team at the instant judged, with the experience they have then.</summary>
public sealed record CoreMemberExperience(Guid MemberId, string Name, string Role, decimal Years, bool MeetsRequirement);
