using Platform.Complaints.Domain;
using Platform.SharedKernel;

namespace Platform.Complaints.Tests.Domain;

public sealed class TransitionRefusalTests
{
    private const string Agent = ComplaintBuilder.Agent;
    private static readonly DateTimeOffset s_now = ComplaintBuilder.Now;
    private static readonly DateTimeOffset s_later = s_now.AddHours(3);

    public static TheoryData<string> ForbiddenSteps => new()
    {
        "acknowledge an acknowledged complaint",
        "update a received complaint",
        "close a complaint in progress",
        "reopen a complaint in progress",
        "withdraw a resolved complaint",
        "reopen a closed complaint",
        "resolve a withdrawn complaint",
        "acknowledge a closed complaint",
    };

    [Theory]
    [MemberData(nameof(ForbiddenSteps))]
    public void Forbidden_transition_is_a_failed_precondition_on_the_status_and_changes_nothing(string step)
    {
        var (complaint, act) = Arrange(step);
        var (status, version, history) = (complaint.Status, complaint.Version, complaint.History.Count);

        var error = Assert.Throws<RuleViolationException>(act);

        Assert.Equal(RuleKind.FailedPrecondition, error.Kind);
        Assert.Equal("complaint.status", error.Subject);
        Assert.Equal((status, version, history), (complaint.Status, complaint.Version, complaint.History.Count));
        Assert.Empty(complaint.DomainEvents);
    }

    [Fact]
    public void Stale_version_is_a_conflict_on_the_version()
    {
        var complaint = new ComplaintBuilder().BuildAcknowledged(s_now.AddHours(1));

        var error = Assert.Throws<RuleViolationException>(() => complaint.PostProgressUpdate(Agent, "Update.", complaint.Version - 1, s_later));

        Assert.Equal(RuleKind.ConcurrencyConflict, error.Kind);
        Assert.Equal("version", error.Subject);
        Assert.Equal(ComplaintStatus.Acknowledged, complaint.Status);
    }

    [Fact]
    public void Version_ahead_of_the_complaint_is_a_conflict_too()
    {
        var complaint = new ComplaintBuilder().Build();

        var error = Assert.Throws<RuleViolationException>(() => complaint.Acknowledge(Agent, null, complaint.Version + 1, s_later));

        Assert.Equal((RuleKind.ConcurrencyConflict, "version"), (error.Kind, error.Subject));
    }

    [Fact]
    public void Stale_version_does_not_settle_the_clocks()
    {
        var complaint = new ComplaintBuilder().Build();
        complaint.ClearDomainEvents();

        Assert.Throws<RuleViolationException>(() => complaint.Acknowledge(Agent, null, 0, s_now.AddHours(5)));

        Assert.Empty(complaint.DomainEvents);
        Assert.False(complaint.Overdue);
    }

    [Theory]
    [InlineData("actor")]
    [InlineData("text")]
    [InlineData("solution")]
    [InlineData("confirmation")]
    [InlineData("reason")]
    public void Missing_text_names_its_field(string field)
    {
        var complaint = new ComplaintBuilder().BuildAcknowledged(s_now.AddHours(1));
        Action act = field switch
        {
            "actor" => () => complaint.PostProgressUpdate(" ", "Update.", complaint.Version, s_later),
            "text" => () => complaint.PostProgressUpdate(Agent, "", complaint.Version, s_later),
            "solution" => () => complaint.Resolve(Agent, null, false, complaint.Version, s_later),
            "confirmation" => () => Resolved().Close(Agent, "\t", 3, s_later),
            _ => () => Resolved().Reopen(Agent, null, 3, s_later),
        };

        var error = Assert.Throws<RuleViolationException>(act);

        Assert.Equal((RuleKind.InvalidArgument, field), (error.Kind, error.Subject));
    }

    [Fact]
    public void Progress_update_over_ten_thousand_characters_is_refused()
    {
        var complaint = new ComplaintBuilder().BuildAcknowledged(s_now.AddHours(1));

        var error = Assert.Throws<RuleViolationException>(() => complaint.PostProgressUpdate(Agent, new string('x', 10_001), complaint.Version, s_later));

        Assert.Equal((RuleKind.InvalidArgument, "text"), (error.Kind, error.Subject));
    }

    private static Complaint Resolved() => new ComplaintBuilder().BuildResolved(s_now.AddHours(1));

    private static (Complaint Complaint, Action Act) Arrange(string step)
    {
        var complaint = step switch
        {
            "acknowledge an acknowledged complaint" => new ComplaintBuilder().BuildAcknowledged(s_now.AddHours(1)),
            "update a received complaint" => new ComplaintBuilder().Build(),
            "close a complaint in progress" or "reopen a complaint in progress" => InProgress(),
            "withdraw a resolved complaint" => Resolved(),
            "reopen a closed complaint" or "acknowledge a closed complaint" => Closed(),
            _ => Withdrawn(),
        };
        complaint.ClearDomainEvents();
        var v = complaint.Version;
        Action act = step switch
        {
            "acknowledge an acknowledged complaint" or "acknowledge a closed complaint" => () => complaint.Acknowledge(Agent, null, v, s_later),
            "update a received complaint" => () => complaint.PostProgressUpdate(Agent, "Update.", v, s_later),
            "close a complaint in progress" => () => complaint.Close(Agent, "Thanks.", v, s_later),
            "reopen a complaint in progress" or "reopen a closed complaint" => () => complaint.Reopen(Agent, "Not fixed.", v, s_later),
            "withdraw a resolved complaint" => () => complaint.Withdraw(Agent, null, v, s_later),
            _ => () => complaint.Resolve(Agent, "Refunded.", false, v, s_later),
        };
        return (complaint, act);
    }

    private static Complaint InProgress()
    {
        var complaint = new ComplaintBuilder().BuildAcknowledged(s_now.AddHours(1));
        complaint.PostProgressUpdate(Agent, "Working on it.", complaint.Version, s_now.AddHours(2));
        return complaint;
    }

    private static Complaint Closed()
    {
        var complaint = Resolved();
        complaint.Close(Agent, "Thanks.", complaint.Version, s_now.AddHours(2));
        return complaint;
    }

    private static Complaint Withdrawn()
    {
        var complaint = new ComplaintBuilder().Build();
        complaint.Withdraw(Agent, null, complaint.Version, s_now.AddHours(1));
        return complaint;
    }
}
