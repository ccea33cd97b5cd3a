using Platform.Assurance.Domain.Inspections;
using Platform.SharedKernel;

namespace Platform.Assurance.Tests.Inspections;

/// <summary>A spot check of "org-acme" on <see cref="InspectedAt"/> and a forced-selling finding recorded at <see cref="Now"/>.</summary>
internal static class FindingBuilder
{
    public const string Promisor = "org-acme";
    public const string Inspector = "inspector-3";
    public const string Officer = "quality-officer";

    public static readonly DateTimeOffset InspectedAt = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 17, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset DueAt = new(2026, 3, 16, 17, 0, 0, TimeSpan.Zero);

    public static Inspection Inspection(InspectionKind kind = InspectionKind.SpotCheck) =>
        Domain.Inspections.Inspection.Record(
            Guid.CreateVersion7(), Request("inspection"), Promisor, kind, "Service Quality Department", Inspector, InspectedAt, "Call recordings 1–40.", Officer, Now);

    public static Finding Finding(FindingClass findingClass = FindingClass.ForcedSelling)
    {
        var finding = Domain.Inspections.Finding.Record(
            Guid.CreateVersion7(), null, Inspection(), FindingDraft.Of(findingClass, "Agent bundled an add-on without consent.", "finding"), Officer, Now);
        finding.ClearDomainEvents();
        return finding;
    }

    public static ClientRequest Request(string fingerprint) => new(Guid.NewGuid(), fingerprint);

    /// <summary>Adds an action due at <paramref name="dueAt"/> (default <see cref="DueAt"/>) at the finding's current version.</summary>
    public static CorrectiveAction AddAction(this Finding finding, DateTimeOffset? dueAt = null, ClientRequest? request = null) =>
        finding.AddAction(Guid.CreateVersion7(), request ?? Request("action"), "Refund and retrain the agent.", "Team lead, hotline B", dueAt ?? DueAt, Officer, finding.Version, Now);
}
