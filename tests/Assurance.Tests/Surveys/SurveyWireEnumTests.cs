using Platform.Assurance.Domain.Surveys;
using Platform.Tests.Shared;
using Proto = Platform.Contracts.Assurance.V1;

namespace Platform.Assurance.Tests.Surveys;

/// <summary>The gRPC adapter converts domain enums to wire enums by number: each number must mean the same on both sides.</summary>
public sealed class SurveyWireEnumTests
{
    [Fact]
    public void Rectification_statuses_match_the_wire() => WireEnums.AssertSameMembers<RectificationStatus, Proto.RectificationStatus>();

    [Fact]
    public void Survey_year_statuses_match_the_wire() => WireEnums.AssertSameMembers<SurveyYearStatus, Proto.SurveyYearStatus>();
}
