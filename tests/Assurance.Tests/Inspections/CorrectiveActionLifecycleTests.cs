using Platform.Assurance.Domain.Inspections;
using Platform.SharedKernel;

namespace Platform.Assurance.Tests.Inspections;

/// <summary>Corrective actions: added with an owner and due time, closed with evidence; the finding closes with its last one.</summary>
public sealed class CorrectiveActionLifecycleTests
{
    [Fact]
    public void Added_action_is_open_and_the_finding_stays_open()
    {
        var finding = FindingBuilder.Finding();

        var action = finding.AddAction();

        Assert.Equal((CorrectiveActionStatus.Open, FindingBuilder.DueAt, "Team lead, hotline B"), (action.Status, action.DueAt, action.Owner));
        Assert.Equal((FindingStatus.Open, 2L, "ActionAdded"), (finding.Status, finding.Version, finding.History[^1].Action));
    }

    [Fact]
    public void Finding_closes_when_its_last_open_action_is_closed()
    {
        var finding = FindingBuilder.Finding();
        var first = finding.AddAction();
        var second = finding.AddAction();

        finding.CloseAction(first.Id, FindingBuilder.Officer, "Refund issued.", finding.Version, FindingBuilder.Now);
        Assert.Equal(FindingStatus.Open, finding.Status);
        finding.CloseAction(second.Id, FindingBuilder.Officer, "Agent retrained.", finding.Version, FindingBuilder.Now);

        Assert.Equal((FindingStatus.Closed, "Agent retrained."), (finding.Status, finding.ClosureNote));
        Assert.All(finding.Actions, a => Assert.Equal(CorrectiveActionStatus.Closed, a.Status));
        Assert.Equal(FindingStatus.Closed, finding.History[^1].Status);
    }

    [Fact]
    public void Finding_without_actions_is_closed_explicitly_with_a_note()
    {
        var finding = FindingBuilder.Finding();

        finding.Close(FindingBuilder.Officer, "Corrected on the spot.", 1, FindingBuilder.Now);

        Assert.Equal((FindingStatus.Closed, "Corrected on the spot.", 2L), (finding.Status, finding.ClosureNote, finding.Version));
    }

    [Fact]
    public void Finding_with_an_open_action_cannot_be_closed_explicitly()
    {
        var finding = FindingBuilder.Finding();
        finding.AddAction();

        var error = Assert.Throws<RuleViolationException>(() => finding.Close(FindingBuilder.Officer, "Done.", finding.Version, FindingBuilder.Now));

        Assert.Equal((RuleKind.FailedPrecondition, "finding.actions_open"), (error.Kind, error.Code));
    }

    [Fact]
    public void Closed_finding_takes_no_new_action()
    {
        var finding = FindingBuilder.Finding();
        finding.Close(FindingBuilder.Officer, "Corrected on the spot.", 1, FindingBuilder.Now);

        var error = Assert.Throws<RuleViolationException>(() => finding.AddAction());

        Assert.Equal(RuleKind.FailedPrecondition, error.Kind);
    }

    [Fact]
    public void Closing_an_action_twice_is_a_failed_precondition()
    {
        var finding = FindingBuilder.Finding();
        var action = finding.AddAction();
        finding.AddAction();
        finding.CloseAction(action.Id, FindingBuilder.Officer, "Done.", finding.Version, FindingBuilder.Now);

        var error = Assert.Throws<RuleViolationException>(() => finding.CloseAction(action.Id, FindingBuilder.Officer, "Again.", finding.Version, FindingBuilder.Now));

        Assert.Equal("corrective_action.already_closed", error.Code);
    }

    [Fact]
    public void Closing_an_action_the_finding_does_not_have_is_not_found()
    {
        var finding = FindingBuilder.Finding();

        var error = Assert.Throws<RuleViolationException>(() => finding.CloseAction(Guid.NewGuid(), FindingBuilder.Officer, "Done.", 1, FindingBuilder.Now));

        Assert.Equal(RuleKind.NotFound, error.Kind);
    }

    [Fact]
    public void Change_at_a_stale_version_is_a_conflict()
    {
        var finding = FindingBuilder.Finding();

        var error = Assert.Throws<RuleViolationException>(() => finding.Close(FindingBuilder.Officer, "Done.", 5, FindingBuilder.Now));

        Assert.Equal((RuleKind.ConcurrencyConflict, "version"), (error.Kind, error.Subject));
    }

    [Theory]
    [InlineData("description")]
    [InlineData("owner")]
    [InlineData("due_at")]
    [InlineData("actor")]
    public void Action_missing_a_field_is_an_invalid_argument_naming_it(string field)
    {
        var finding = FindingBuilder.Finding();
        string? Value(string name) => name == field ? " " : "given";

        var error = Assert.Throws<RuleViolationException>(() => finding.AddAction(
            Guid.NewGuid(), FindingBuilder.Request("a"), Value("description"), Value("owner"), field == "due_at" ? null : FindingBuilder.DueAt, Value("actor"), 1, FindingBuilder.Now));

        Assert.Equal((RuleKind.InvalidArgument, field), (error.Kind, error.Subject));
        Assert.Empty(finding.Actions);
    }

    [Fact]
    public void Action_due_before_the_inspection_is_an_invalid_argument()
    {
        var finding = FindingBuilder.Finding();

        var error = Assert.Throws<RuleViolationException>(() => finding.AddAction(FindingBuilder.InspectedAt.AddTicks(-10)));

        Assert.Equal("due_at", error.Subject);
    }

    [Fact]
    public void Action_still_open_after_its_due_time_is_overdue_once()
    {
        var finding = FindingBuilder.Finding();
        var action = finding.AddAction();

        Assert.False(finding.MarkActionOverdue(action.Id, FindingBuilder.DueAt));
        Assert.True(finding.MarkActionOverdue(action.Id, FindingBuilder.DueAt.AddTicks(10)));
        Assert.False(finding.MarkActionOverdue(action.Id, FindingBuilder.DueAt.AddDays(1)));

        var overdue = Assert.IsType<CorrectiveActionOverdue>(Assert.Single(finding.DomainEvents));
        Assert.Equal((action.Id, FindingBuilder.DueAt), (overdue.ActionId, overdue.DueAt));
        Assert.NotNull(finding.Actions.Single().OverdueAt);
    }

    [Fact]
    public void Action_closed_at_its_due_time_is_in_time_and_never_overdue()
    {
        var finding = FindingBuilder.Finding();
        var action = finding.AddAction();
        finding.AddAction();

        finding.CloseAction(action.Id, FindingBuilder.Officer, "Done.", finding.Version, FindingBuilder.DueAt);

        Assert.False(finding.Actions[0].IsOverdueAt(FindingBuilder.DueAt.AddDays(1)));
        Assert.False(finding.MarkActionOverdue(action.Id, FindingBuilder.DueAt.AddDays(1)));
        Assert.Empty(finding.DomainEvents);
    }

    [Fact]
    public void Retried_add_returns_the_action_added_first_and_a_reused_request_id_already_exists()
    {
        var finding = FindingBuilder.Finding();
        var request = FindingBuilder.Request("action");
        var action = finding.AddAction(request: request);

        Assert.Equal(action, finding.ActionAddedBy(request));
        Assert.Null(finding.ActionAddedBy(FindingBuilder.Request("action")));
        var error = Assert.Throws<RuleViolationException>(() => finding.ActionAddedBy(request with { Fingerprint = "other" }));
        Assert.Equal(RuleKind.AlreadyExists, error.Kind);
    }
}
