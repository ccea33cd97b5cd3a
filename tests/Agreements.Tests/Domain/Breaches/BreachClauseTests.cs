using Platform.Agreements.Domain.Breaches;
using Platform.SharedKernel;

namespace Platform.Agreements.Tests.Domain.Breaches;

public sealed class BreachClauseTests
{
    public static TheoryData<BreachClause, string, string, BreachSeverity> Clauses => new()
    {
        { BreachClause.ResponseTime, "2.3.1", "4.1", BreachSeverity.Minor },
        { BreachClause.ResolutionRate, "2.3.2", "4.1", BreachSeverity.Minor },
        { BreachClause.MajorInterruption, "4.2.1", "4.2.1", BreachSeverity.Major },
        { BreachClause.MajorComplaint, "4.2.2", "4.2.2", BreachSeverity.Major },
        { BreachClause.UnrectifiedSurvey, "4.2.3", "4.2.3", BreachSeverity.Major },
    };

    [Theory]
    [MemberData(nameof(Clauses))]
    public void Each_clause_keeps_the_document_number_and_the_severity_clause_4_gives_it(
        BreachClause clause, string number, string severityClause, BreachSeverity severity)
    {
        Assert.Equal(number, clause.Number);
        Assert.Equal(number, clause.ToString());
        Assert.Equal(severityClause, clause.SeverityClause);
        Assert.Equal(severity, clause.InitialSeverity);
    }

    [Theory]
    [InlineData("2.3.1")]
    [InlineData("2.3.2")]
    [InlineData("4.2.1")]
    [InlineData("4.2.2")]
    [InlineData("4.2.3")]
    public void Clause_is_found_again_by_its_document_number(string number)
    {
        Assert.Same(BreachClause.All.Single(clause => clause.Number == number), BreachClause.FromNumber(number));
    }

    [Theory]
    [InlineData("4.1")]
    [InlineData("4.2")]
    [InlineData("")]
    public void Number_no_breach_is_recorded_under_is_an_invalid_argument(string number)
    {
        var error = Assert.Throws<RuleViolationException>(() => BreachClause.FromNumber(number));

        Assert.Equal(RuleKind.InvalidArgument, error.Kind);
        Assert.Equal("clause", error.Subject);
        Assert.Contains("4.2.3", error.Message, StringComparison.Ordinal);
    }
}
