using Platform.Assurance.Domain.Inspections;
using Platform.SharedKernel;

namespace Platform.Assurance.Tests.Inspections;

/// <summary>Part 2, clause 3.1: what an inspection must say to be recorded.</summary>
public sealed class InspectionRecordingTests
{
    [Theory]
    [InlineData("promisor_id")]
    [InlineData("kind")]
    [InlineData("department")]
    [InlineData("inspector")]
    [InlineData("inspected_at")]
    [InlineData("actor")]
    public void Inspection_missing_a_field_is_an_invalid_argument_naming_it(string field)
    {
        string? Value(string name) => name == field ? string.Empty : "given";
        var error = Assert.Throws<RuleViolationException>(() => Inspection.Record(
            Guid.NewGuid(),
            FindingBuilder.Request("inspection"),
            Value("promisor_id"),
            field == "kind" ? 0 : InspectionKind.DailyCheck,
            Value("department"),
            Value("inspector"),
            field == "inspected_at" ? null : FindingBuilder.InspectedAt,
            null,
            Value("actor"),
            FindingBuilder.Now));

        Assert.Equal((RuleKind.InvalidArgument, field), (error.Kind, error.Subject));
    }

    [Fact]
    public void Inspection_in_the_future_is_an_invalid_argument()
    {
        var error = Assert.Throws<RuleViolationException>(() => Inspection.Record(
            Guid.NewGuid(), FindingBuilder.Request("inspection"), FindingBuilder.Promisor, InspectionKind.DailyCheck, "QA", FindingBuilder.Inspector, FindingBuilder.Now.AddMinutes(1), null, FindingBuilder.Officer, FindingBuilder.Now));

        Assert.Equal("inspected_at", error.Subject);
    }

    [Fact]
    public void Reused_request_id_with_other_content_already_exists()
    {
        var request = FindingBuilder.Request("inspection");
        var inspection = Inspection.Record(
            Guid.NewGuid(), request, FindingBuilder.Promisor, InspectionKind.DailyCheck, "QA", FindingBuilder.Inspector, FindingBuilder.InspectedAt, null, FindingBuilder.Officer, FindingBuilder.Now);

        inspection.EnsureRecordedBy(request);
        var error = Assert.Throws<RuleViolationException>(() => inspection.EnsureRecordedBy(request with { Fingerprint = "other" }));

        Assert.Equal((RuleKind.AlreadyExists, "request_id"), (error.Kind, error.Subject));
    }
}
