using Platform.Assurance.Domain.Surveys;
using Platform.SharedKernel;

namespace Platform.Assurance.Tests.Surveys;

/// <summary>Clause 4.2.3: a score below the floor opens a rectification, completed with evidence or overdue once.</summary>
public sealed class RectificationTests
{
    private static readonly DateTimeOffset Deadline = new(2026, 6, 15, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Score_below_the_floor_opens_a_rectification_due_report_plus_K_months()
    {
        var rectification = new SurveyBuilder().Rectification();

        var obligation = Assert.Single(rectification.Obligations);
        Assert.Equal((SurveyBuilder.AgreementId, 80m, 85m, Deadline), (obligation.AgreementId, obligation.ScoreOnTermsScale, obligation.Floor, obligation.Deadline));
        Assert.Equal(RectificationStatus.Open, rectification.StatusAt(SurveyBuilder.Now));
        Assert.IsType<RectificationOpened>(Assert.Single(rectification.DomainEvents));
    }

    [Fact]
    public void Score_meeting_every_floor_opens_no_rectification()
    {
        var survey = new SurveyBuilder().Scored(85m).Build();

        Assert.Null(Rectification.OpenFor(Guid.NewGuid(), survey, [SurveyBuilder.Terms()], SurveyBuilder.Now));
    }

    [Fact]
    public void Only_the_agreements_whose_floor_the_score_missed_are_in_the_rectification()
    {
        var rectification = new SurveyBuilder().Rectification(SurveyBuilder.Terms(floor: 85m), SurveyBuilder.Terms(SurveyBuilder.OtherAgreementId, floor: 75m));

        Assert.Equal([SurveyBuilder.AgreementId], rectification.AgreementIds);
    }

    [Fact]
    public void Completion_at_the_deadline_is_in_time()
    {
        var rectification = new SurveyBuilder().Rectification();
        rectification.ClearDomainEvents();

        rectification.Complete(SurveyBuilder.Officer, "Retrained the hotline team.", "doc-17", 1, Deadline);

        Assert.Equal((RectificationStatus.Completed, 2L), (rectification.StatusAt(Deadline.AddDays(1)), rectification.Version));
        Assert.True(Assert.IsType<RectificationCompleted>(Assert.Single(rectification.DomainEvents)).InTime);
        Assert.Equal("Completed", rectification.History[^1].Action);
    }

    [Fact]
    public void Completion_after_the_deadline_is_late()
    {
        var rectification = new SurveyBuilder().Rectification();
        rectification.ClearDomainEvents();

        rectification.Complete(SurveyBuilder.Officer, "Retrained the hotline team.", null, 1, Deadline.AddTicks(10));

        Assert.Equal(RectificationStatus.CompletedLate, rectification.StatusAt(Deadline.AddDays(1)));
        Assert.False(Assert.IsType<RectificationCompleted>(Assert.Single(rectification.DomainEvents)).InTime);
    }

    [Fact]
    public void Open_rectification_past_its_deadline_is_overdue()
    {
        var rectification = new SurveyBuilder().Rectification();

        Assert.Equal(RectificationStatus.Open, rectification.StatusAt(Deadline));
        Assert.Equal(RectificationStatus.Overdue, rectification.StatusAt(Deadline.AddTicks(10)));
    }

    [Fact]
    public void Overdue_is_raised_once_per_agreement_and_only_after_the_deadline()
    {
        var rectification = new SurveyBuilder().Rectification();
        rectification.ClearDomainEvents();

        Assert.False(rectification.MarkOverdue(SurveyBuilder.AgreementId, Deadline));
        Assert.True(rectification.MarkOverdue(SurveyBuilder.AgreementId, Deadline.AddTicks(10)));
        Assert.False(rectification.MarkOverdue(SurveyBuilder.AgreementId, Deadline.AddDays(1)));

        var overdue = Assert.IsType<RectificationOverdue>(Assert.Single(rectification.DomainEvents));
        Assert.Equal((SurveyBuilder.AgreementId, Deadline), (overdue.AgreementId, overdue.Deadline));
        Assert.Equal(2L, rectification.Version);
    }

    [Fact]
    public void Completed_rectification_is_never_overdue()
    {
        var rectification = new SurveyBuilder().Rectification();
        rectification.Complete(SurveyBuilder.Officer, "Done.", null, 1, Deadline);

        Assert.False(rectification.MarkOverdue(SurveyBuilder.AgreementId, Deadline.AddDays(1)));
    }

    [Fact]
    public void Completion_at_a_stale_version_is_a_conflict()
    {
        var rectification = new SurveyBuilder().Rectification();

        var error = Assert.Throws<RuleViolationException>(() => rectification.Complete(SurveyBuilder.Officer, "Done.", null, 7, Deadline));

        Assert.Equal((RuleKind.ConcurrencyConflict, "version"), (error.Kind, error.Subject));
    }

    [Fact]
    public void Second_completion_is_a_failed_precondition()
    {
        var rectification = new SurveyBuilder().Rectification();
        rectification.Complete(SurveyBuilder.Officer, "Done.", null, 1, Deadline);

        var error = Assert.Throws<RuleViolationException>(() => rectification.Complete(SurveyBuilder.Officer, "Again.", null, 2, Deadline));

        Assert.Equal((RuleKind.FailedPrecondition, "rectification.already_completed"), (error.Kind, error.Code));
    }

    [Theory]
    [InlineData("", "Done.", "actor")]
    [InlineData(SurveyBuilder.Officer, " ", "evidence")]
    public void Completion_without_actor_or_evidence_is_an_invalid_argument_naming_the_field(string actor, string evidence, string field)
    {
        var rectification = new SurveyBuilder().Rectification();

        var error = Assert.Throws<RuleViolationException>(() => rectification.Complete(actor, evidence, null, 1, Deadline));

        Assert.Equal((RuleKind.InvalidArgument, field), (error.Kind, error.Subject));
        Assert.Equal(RectificationState.Open, rectification.State);
    }

    [Fact]
    public void Terms_without_a_rectification_period_are_a_failed_precondition()
    {
        var error = Assert.Throws<RuleViolationException>(() => new SurveyBuilder().Rectification(SurveyBuilder.Terms(months: 0)));

        Assert.Equal("survey.terms_without_rectification_period", error.Code);
    }
}
