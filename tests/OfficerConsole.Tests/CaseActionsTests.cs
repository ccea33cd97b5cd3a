using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Disputes.V1;
using Platform.OfficerConsole.Cases;

namespace Platform.OfficerConsole.Tests;

public sealed class CaseActionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Open_negotiation_allows_submissions_and_failure_but_not_arbitration_and_says_how_long_is_left()
    {
        var actions = CaseActions.For(Case(deadline: Now.AddDays(12)), "Ann", Now);

        Assert.True(Action(actions, CaseActionKind.AddSubmission).Allowed);
        Assert.True(Action(actions, CaseActionKind.DeclareNegotiationFailed).Allowed);
        Assert.Equal(
            "Negotiation is still open (12 days left) and has not been declared failed.",
            Action(actions, CaseActionKind.AdvanceToArbitration).WhyNot);
        Assert.Contains("only in arbitration", Action(actions, CaseActionKind.RecordAward).WhyNot, StringComparison.Ordinal);
    }

    [Fact]
    public void Expired_negotiation_allows_arbitration_and_no_more_submissions()
    {
        var actions = CaseActions.For(Case(deadline: Now.AddMinutes(-1)), "Ann", Now);

        Assert.True(Action(actions, CaseActionKind.AdvanceToArbitration).Allowed);
        Assert.Equal("Negotiation has ended (its period expired).", Action(actions, CaseActionKind.AddSubmission).WhyNot);
    }

    [Fact]
    public void Failed_negotiation_allows_arbitration_before_its_deadline()
    {
        var dispute = Case(deadline: Now.AddDays(3));
        dispute.NegotiationState = NegotiationState.Failed;

        Assert.True(Action(CaseActions.For(dispute, "Ann", Now), CaseActionKind.AdvanceToArbitration).Allowed);
    }

    [Fact]
    public void Arbitration_needs_an_assigned_officer()
    {
        var dispute = Case(deadline: Now.AddDays(-1), officer: string.Empty);

        var actions = CaseActions.For(dispute, "Ann", Now);

        Assert.Equal("No officer is assigned to the case yet; assign one first.", Action(actions, CaseActionKind.AdvanceToArbitration).WhyNot);
        Assert.True(Action(actions, CaseActionKind.AssignToMe).Allowed);
    }

    [Fact]
    public void In_arbitration_only_the_award_is_left_of_these_moves()
    {
        var dispute = Case(deadline: Now.AddDays(-1));
        dispute.Stage = DisputeStage.Arbitration;

        var actions = CaseActions.For(dispute, "Ann", Now);

        Assert.True(Action(actions, CaseActionKind.RecordAward).Allowed);
        Assert.Equal("The case is in arbitration already.", Action(actions, CaseActionKind.AdvanceToArbitration).WhyNot);
        Assert.False(Action(actions, CaseActionKind.AddSubmission).Allowed);
        Assert.Equal("You are the case's officer.", Action(actions, CaseActionKind.AssignToMe).WhyNot);
    }

    [Fact]
    public void Closed_case_allows_nothing_and_says_it_is_read_only()
    {
        var dispute = Case(deadline: Now.AddDays(-1));
        dispute.Stage = DisputeStage.Arbitration;
        dispute.Status = DisputeStatus.Awarded;

        var actions = CaseActions.For(dispute, "Bob", Now);

        Assert.All(actions, a => Assert.Equal("The case is closed (awarded); a closed case is read-only.", a.WhyNot));
    }

    [Theory]
    [InlineData(-60, "expired")]
    [InlineData(60 * 5, "less than a day left")]
    [InlineData(60 * 24 + 1, "1 day left")]
    [InlineData(60 * 24 * 29 + 600, "29 days left")]
    public void Time_left_reads_plainly(int minutes, string expected) =>
        Assert.Equal(expected, DaysLeft.Text(Now.AddMinutes(minutes), Now));

    private static PageAction<CaseActionKind> Action(IReadOnlyList<PageAction<CaseActionKind>> actions, CaseActionKind kind) => Assert.Single(actions, a => a.Kind == kind);

    private static Dispute Case(DateTimeOffset deadline, string officer = "Ann") => new()
    {
        Id = Guid.NewGuid().ToString(),
        Subject = "Late first responses in March",
        Stage = DisputeStage.Negotiation,
        Status = DisputeStatus.Open,
        NegotiationState = NegotiationState.Open,
        NegotiationDeadline = Timestamp.FromDateTimeOffset(deadline),
        AssignedOfficer = officer,
        Terms = new DisputeTerms { NegotiationMaxDays = 30, ArbitrationCommission = "SHIAC", LitigationVenue = "Pudong court", TermsVersion = 1 },
        Version = 3,
    };
}
