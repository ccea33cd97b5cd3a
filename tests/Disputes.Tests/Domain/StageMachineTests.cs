using Platform.Disputes.Domain;
using Platform.SharedKernel;

namespace Platform.Disputes.Tests.Domain;

/// <summary>Every move from every state: the allowed ones change the case once, the others are refused and change nothing.</summary>
public sealed class StageMachineTests
{
    private const string Officer = DisputeBuilder.Officer;

    private static readonly string[] s_states = ["negotiating", "negotiation failed", "negotiation expired", "arbitration", "litigation", "settled", "awarded", "judged", "withdrawn"];

    private static readonly string[] s_moves =
    [
        "assign officer", "add submission", "record settlement", "declare negotiation failed", "advance to arbitration",
        "record arbitration hearing", "record award", "advance to litigation", "record court hearing", "record judgment",
        "record case number", "withdraw",
    ];

    private static readonly HashSet<(string State, string Move)> s_allowed =
    [
        ("negotiating", "assign officer"), ("negotiating", "add submission"), ("negotiating", "record settlement"),
        ("negotiating", "declare negotiation failed"), ("negotiating", "withdraw"),
        ("negotiation failed", "assign officer"), ("negotiation failed", "advance to arbitration"),
        ("negotiation failed", "advance to litigation"), ("negotiation failed", "withdraw"),
        ("negotiation expired", "assign officer"), ("negotiation expired", "advance to arbitration"),
        ("negotiation expired", "advance to litigation"), ("negotiation expired", "withdraw"),
        ("arbitration", "assign officer"), ("arbitration", "record arbitration hearing"), ("arbitration", "record award"),
        ("arbitration", "advance to litigation"), ("arbitration", "record case number"), ("arbitration", "withdraw"),
        ("litigation", "assign officer"), ("litigation", "record court hearing"), ("litigation", "record judgment"),
        ("litigation", "record case number"), ("litigation", "withdraw"),
    ];

    public static TheoryData<string, string> AllowedMoves => Table(allowed: true);

    public static TheoryData<string, string> ForbiddenMoves => Table(allowed: false);

    [Theory]
    [MemberData(nameof(AllowedMoves))]
    public void Allowed_move_changes_the_case_once_and_records_it(string state, string move)
    {
        var dispute = Arrange(state);
        var (version, entries) = (dispute.Version, dispute.Timeline.Count);

        Act(dispute, move)();

        Assert.Equal(version + 1, dispute.Version);
        Assert.Equal(entries + 1, dispute.Timeline.Count);
        var change = Assert.IsAssignableFrom<DisputeChanged>(Assert.Single(dispute.DomainEvents));
        Assert.Equal(dispute.Version, change.Version);
    }

    [Theory]
    [MemberData(nameof(ForbiddenMoves))]
    public void Forbidden_move_is_a_failed_precondition_and_changes_nothing(string state, string move)
    {
        var dispute = Arrange(state);
        var before = (dispute.Stage, dispute.Status, dispute.NegotiationState, dispute.Version, dispute.Timeline.Count);

        var error = Assert.Throws<RuleViolationException>(Act(dispute, move));

        Assert.Equal(RuleKind.FailedPrecondition, error.Kind);
        Assert.Equal(before, (dispute.Stage, dispute.Status, dispute.NegotiationState, dispute.Version, dispute.Timeline.Count));
        Assert.Empty(dispute.DomainEvents);
    }

    [Theory]
    [InlineData("settled")]
    [InlineData("awarded")]
    [InlineData("judged")]
    [InlineData("withdrawn")]
    public void Closed_case_refuses_every_change_as_read_only(string state)
    {
        var dispute = Arrange(state);

        foreach (var move in s_moves)
        {
            var error = Assert.Throws<RuleViolationException>(Act(dispute, move));
            Assert.Equal(("dispute.closed", "dispute.status"), (error.Code, error.Subject));
            Assert.Contains("read-only", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Advancing_while_negotiation_is_open_says_until_when_it_is_open()
    {
        var dispute = Arrange("negotiating");

        var error = Assert.Throws<RuleViolationException>(Act(dispute, "advance to arbitration"));

        Assert.Equal(("dispute.negotiation_still_open", "5.2"), (error.Code, error.Subject));
        Assert.Contains("negotiation is still open until 2026-12-10T09:00:00Z and has not failed", error.Message, StringComparison.Ordinal);
    }

    private static TheoryData<string, string> Table(bool allowed)
    {
        var data = new TheoryData<string, string>();
        foreach (var state in s_states)
        {
            foreach (var move in s_moves.Where(m => s_allowed.Contains((state, m)) == allowed))
            {
                data.Add(state, move);
            }
        }

        return data;
    }

    private static Dispute Arrange(string state)
    {
        var builder = new DisputeBuilder();
        return state switch
        {
            "negotiating" => builder.BuildAssigned(),
            "negotiation failed" => builder.BuildNegotiationFailed(),
            "negotiation expired" => builder.BuildNegotiationExpired(),
            "arbitration" => builder.BuildInArbitration(),
            "litigation" => builder.BuildInLitigation(),
            "settled" => builder.BuildSettled(),
            "awarded" => builder.BuildAwarded(),
            "judged" => builder.BuildJudged(),
            _ => builder.BuildWithdrawn(),
        };
    }

    /// <summary>The move, made with the current version at a time after the negotiation deadline of an expired case only.</summary>
    private static Action Act(Dispute dispute, string move)
    {
        var v = dispute.Version;
        var at = dispute.NegotiationState == NegotiationState.Expired ? DisputeBuilder.AfterDeadline : DisputeBuilder.Now.AddDays(5);
        var date = new DateOnly(2027, 2, 1);
        return move switch
        {
            "assign officer" => () => dispute.AssignOfficer(DisputeBuilder.Clerk, "officer-2", v, at),
            "add submission" => () => dispute.AddSubmission(Officer, SubmissionKind.Letter, "Erika Mustermann", "DOC-1", null, v, at),
            "record settlement" => () => dispute.RecordSettlement(Officer, "EUR 100 credited.", v, at),
            "declare negotiation failed" => () => dispute.DeclareNegotiationFailed(Officer, "No agreement.", v, at),
            "advance to arbitration" => () => dispute.AdvanceToArbitration(Officer, null, null, null, v, at),
            "record arbitration hearing" => () => dispute.RecordArbitrationHearing(Officer, date, "First hearing.", v, at),
            "record award" => () => dispute.RecordAward(Officer, date, "Claim upheld.", v, at),
            "advance to litigation" => () => dispute.AdvanceToLitigation(Officer, LitigationGround.ArbitrationClauseInvalid, "DEC-42", null, null, v, at),
            "record court hearing" => () => dispute.RecordCourtHearing(Officer, date, "First hearing.", v, at),
            "record judgment" => () => dispute.RecordJudgment(Officer, date, "Claim upheld.", v, at),
            "record case number" => () => dispute.RecordCaseNumber(Officer, "CASE-9", v, at),
            _ => () => dispute.Withdraw(DisputeBuilder.Clerk, "Withdrawn by the claimant.", v, at),
        };
    }
}
