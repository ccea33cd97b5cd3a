using Platform.Complaints.Domain.Clocks;
using Platform.SharedKernel;

namespace Platform.Complaints.Tests.Domain.Clocks;

public sealed class TermsInForceTests
{
    private static readonly DateTimeOffset s_now = ComplaintBuilder.Now;

    private static readonly ComplaintTerms s_version1 = ComplaintBuilder.Terms(version: 1);

    /// <summary>An amendment: shorter solution clock, longer first response, business hours in Berlin.</summary>
    private static readonly ComplaintTerms s_version2 = ComplaintBuilder.Terms(ComplaintBuilder.BerlinOfficeHours(), version: 2) with
    {
        FirstResponseWithin = TimeSpan.FromHours(4),
        SolutionOrUpdateWithin = TimeSpan.FromHours(8),
    };

    [Fact]
    public void Complaints_filed_under_different_terms_versions_have_different_due_times()
    {
        var before = new ComplaintBuilder().WithTerms(s_version1).Build();
        var after = new ComplaintBuilder().WithTerms(s_version2).Build();

        // Monday 09:00 UTC is 10:00 in Berlin: four working hours later is 14:00 Berlin = 13:00 UTC.
        Assert.Equal(s_now.AddHours(2), before.Clock(ClockKind.FirstResponse).OriginalDueAt);
        Assert.Equal(s_now.AddHours(4), after.Clock(ClockKind.FirstResponse).OriginalDueAt);
        Assert.Equal(s_now.AddHours(24), before.Clock(ClockKind.SolutionOrUpdate).OriginalDueAt);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 9, 0, 0, TimeSpan.Zero), after.Clock(ClockKind.SolutionOrUpdate).OriginalDueAt);
    }

    [Fact]
    public void Complaint_keeps_the_terms_it_was_filed_with_and_records_their_version()
    {
        var complaint = new ComplaintBuilder().WithTerms(s_version2).Build();

        Assert.Equal(s_version2, complaint.Terms);
        Assert.Contains("terms version 2", complaint.History[0].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Filing_a_complaint_under_amended_terms_does_not_move_an_earlier_complaint()
    {
        var earlier = new ComplaintBuilder().WithTerms(s_version1).Build();
        var dueBefore = earlier.ClockViews(s_now.AddHours(1)).Select(v => v.DueAt).ToList();

        _ = new ComplaintBuilder().WithTerms(s_version2).Build();

        Assert.Equal(dueBefore, earlier.ClockViews(s_now.AddHours(1)).Select(v => v.DueAt));
        Assert.Equal(1, earlier.Terms.Version);
    }

    [Fact]
    public void New_solution_runs_keep_following_the_filing_terms()
    {
        var complaint = new ComplaintBuilder().WithTerms(s_version1).BuildAcknowledged(s_now.AddHours(1));

        complaint.PostProgressUpdate(ComplaintBuilder.Agent, "Refund requested.", complaint.Version, s_now.AddHours(5));

        var clock = complaint.Clock(ClockKind.SolutionOrUpdate);
        Assert.Equal(s_version1.SolutionOrUpdateWithin, clock.Allowed);
        Assert.Equal(s_now.AddHours(29), clock.OriginalDueAt);
    }

    [Fact]
    public void Reopened_complaint_restarts_its_solution_clock_by_the_filing_terms()
    {
        var complaint = new ComplaintBuilder().WithTerms(s_version2).BuildResolved(s_now.AddHours(1));
        var reopenedAt = new DateTimeOffset(2026, 3, 4, 15, 0, 0, TimeSpan.Zero);

        complaint.Reopen(ComplaintBuilder.Agent, "Refund never arrived.", complaint.Version, reopenedAt);

        // Wednesday 16:00 Berlin: one working hour that day, seven on Thursday from 09:00 to 16:00 Berlin.
        Assert.Equal(new DateTimeOffset(2026, 3, 5, 15, 0, 0, TimeSpan.Zero), complaint.Clock(ClockKind.SolutionOrUpdate).OriginalDueAt);
    }

    [Fact]
    public void Terms_allowing_no_time_for_a_clock_are_refused()
    {
        var unusable = s_version1 with { MajorResolutionWithin = TimeSpan.Zero };

        var error = Assert.Throws<RuleViolationException>(() => new ComplaintBuilder().WithTerms(unusable).Build());

        Assert.Equal(RuleKind.FailedPrecondition, error.Kind);
        Assert.Equal("terms", error.Subject);
    }
}
