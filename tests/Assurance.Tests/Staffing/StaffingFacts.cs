using Platform.Assurance.Domain.Staffing;

namespace Platform.Assurance.Tests.Staffing;

/// <summary>Test data of the team: one agreement requiring 3 people and core members with 5 years, in force since 2024; each helper names only what it changes.</summary>
internal static class StaffingFacts
{
    public const string Promisor = "org-acme";
    public const string Manager = "team-manager";

    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Signed = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset LongAgo = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly Guid AgreementId = Guid.Parse("6f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f");

    public static IReadOnlyList<StaffingTerms> Requires(int headcount = 3, decimal years = 5m) =>
        [new StaffingTerms(AgreementId, "CXQ-2024-000001", 1, Signed, headcount, years)];

    public static RosterMember Member(DateTimeOffset? joined = null, DateTimeOffset? left = null, bool core = false, decimal years = 10m, DateTimeOffset? asOf = null, string name = "Li Wei") =>
        new(Guid.NewGuid(), name, core ? "lead" : "agent", core, new IndustryExperience(years, asOf ?? LongAgo), joined ?? LongAgo, left);

    /// <summary><paramref name="count"/> non-core members on the team since <see cref="LongAgo"/>.</summary>
    public static IReadOnlyList<RosterMember> Team(int count) => [.. Enumerable.Range(1, count).Select(i => Member(name: $"Member {i}"))];

    public static TeamMemberDetails Details(DateTimeOffset? joined = null, bool core = false, decimal years = 10m, string name = "Li Wei") =>
        new(name, core ? "lead" : "agent", core, new IndustryExperience(years, LongAgo), joined ?? LongAgo);
}
