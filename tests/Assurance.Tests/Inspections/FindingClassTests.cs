using Platform.Assurance.Domain.Inspections;
using Platform.SharedKernel;
using Platform.Tests.Shared;
using Proto = Platform.Contracts.Assurance.V1;

namespace Platform.Assurance.Tests.Inspections;

/// <summary>Part 2: each finding is one class, a forbidden conduct of clause 2.1 or a mandatory requirement of 2.2.</summary>
public sealed class FindingClassTests
{
    [Theory]
    [InlineData(FindingClass.DeceptionOrMisleading)]
    [InlineData(FindingClass.FalseAdvertising)]
    [InlineData(FindingClass.Concealment)]
    [InlineData(FindingClass.Exaggeration)]
    [InlineData(FindingClass.ForcedSelling)]
    [InlineData(FindingClass.PrivacyLeak)]
    [InlineData(FindingClass.SolicitingProperty)]
    [InlineData(FindingClass.ConflictOfInterest)]
    public void Forbidden_conducts_come_from_clause_2_1(FindingClass findingClass)
    {
        Assert.True(FindingClasses.IsForbiddenConduct(findingClass));
        Assert.Equal("P2 2.1", FindingClasses.ClauseOf(findingClass));
    }

    [Theory]
    [InlineData(FindingClass.UnqualifiedStaff)]
    [InlineData(FindingClass.CustomerNotInformed)]
    [InlineData(FindingClass.DecisionNotRespected)]
    [InlineData(FindingClass.ComplaintMishandled)]
    [InlineData(FindingClass.ConfidentialityBroken)]
    public void Mandatory_requirements_not_met_come_from_clause_2_2(FindingClass findingClass)
    {
        Assert.False(FindingClasses.IsForbiddenConduct(findingClass));
        Assert.Equal("P2 2.2", FindingClasses.ClauseOf(findingClass));
    }

    [Fact]
    public void There_are_eight_forbidden_conducts_and_five_mandatory_requirements() =>
        Assert.Equal((8, 5), (Enum.GetValues<FindingClass>().Count(FindingClasses.IsForbiddenConduct), Enum.GetValues<FindingClass>().Count(c => !FindingClasses.IsForbiddenConduct(c))));

    [Theory]
    [InlineData(0)]
    [InlineData(14)]
    public void Finding_without_a_known_class_is_an_invalid_argument_naming_where_it_is(int value)
    {
        var error = Assert.Throws<RuleViolationException>(() => FindingDraft.Of((FindingClass)value, "Something.", "findings[2]"));

        Assert.Equal((RuleKind.InvalidArgument, "findings[2].class"), (error.Kind, error.Subject));
    }

    [Fact]
    public void Finding_without_a_description_is_an_invalid_argument_naming_where_it_is()
    {
        var error = Assert.Throws<RuleViolationException>(() => FindingDraft.Of(FindingClass.PrivacyLeak, " ", "finding"));

        Assert.Equal("finding.description", error.Subject);
    }

    [Fact]
    public void Recorded_finding_is_open_with_its_clause_and_raises_FindingRecorded()
    {
        var finding = Domain.Inspections.Finding.Record(
            Guid.NewGuid(), null, FindingBuilder.Inspection(), FindingDraft.Of(FindingClass.PrivacyLeak, "Customer list on a shared drive.", "finding"), FindingBuilder.Officer, FindingBuilder.Now);

        Assert.Equal((FindingStatus.Open, "P2 2.1", FindingBuilder.Promisor, 1L), (finding.Status, finding.Clause, finding.PromisorId, finding.Version));
        Assert.IsType<FindingRecorded>(Assert.Single(finding.DomainEvents));
    }

    [Fact]
    public void Finding_classes_match_the_wire() => WireEnums.AssertSameMembers<FindingClass, Proto.FindingClass>();

    [Fact]
    public void Inspection_kinds_match_the_wire() => WireEnums.AssertSameMembers<InspectionKind, Proto.InspectionKind>();

    [Fact]
    public void Finding_statuses_match_the_wire() => WireEnums.AssertSameMembers<FindingStatus, Proto.FindingStatus>();

    [Fact]
    public void Corrective_action_statuses_match_the_wire() => WireEnums.AssertSameMembers<CorrectiveActionStatus, Proto.CorrectiveActionStatus>();
}
