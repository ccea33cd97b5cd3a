using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Assurance.V1;

namespace Platform.IntegrationTests.Services.Assurance.Inspections;

/// <summary>Valid inspection requests by default; each test changes only what it is about.</summary>
internal static class InspectionRequests
{
    public const string Officer = "quality-officer";

    /// <summary>A spot check of <paramref name="promisorId"/> an hour ago with the findings of <paramref name="classes"/>.</summary>
    public static RecordInspectionRequest Inspection(string promisorId, params FindingClass[] classes) => new()
    {
        RequestId = Guid.NewGuid().ToString(),
        PromisorId = promisorId,
        Kind = InspectionKind.SpotCheck,
        Department = "Service Quality Department",
        Inspector = "Inspector Li",
        InspectedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddHours(-1)),
        Notes = "Call recordings 1–40 of hotline B.",
        Findings = { classes.Select(Finding) },
        Actor = Officer,
    };

    public static FindingInput Finding(FindingClass findingClass) => new() { Class = findingClass, Description = $"Observed: {findingClass}." };

    /// <summary>An action on <paramref name="finding"/> at its version, due at <paramref name="dueAt"/> (default in two weeks).</summary>
    public static AddCorrectiveActionRequest Action(Finding finding, DateTimeOffset? dueAt = null) => new()
    {
        RequestId = Guid.NewGuid().ToString(),
        FindingId = finding.Id,
        Version = finding.Version,
        Actor = Officer,
        Description = "Refund the customer and retrain the agent.",
        Owner = "Team lead, hotline B",
        DueAt = Timestamp.FromDateTimeOffset(dueAt ?? DateTimeOffset.UtcNow.AddDays(14)),
    };

    /// <summary>Records a spot check of a new promisor with one finding of <paramref name="findingClass"/>; returns the finding.</summary>
    public static async Task<Finding> FindingAsync(this InspectionsService.InspectionsServiceClient client, FindingClass findingClass = FindingClass.ForcedSelling, string? promisorId = null) =>
        (await client.RecordInspectionAsync(Inspection(promisorId ?? AssuranceFixture.NewPromisor(), findingClass))).Findings.Single();
}
