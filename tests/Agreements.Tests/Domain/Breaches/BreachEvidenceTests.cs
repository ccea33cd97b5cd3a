using Platform.Agreements.Domain.Breaches;
using Platform.SharedKernel;

namespace Platform.Agreements.Tests.Domain.Breaches;

public sealed class BreachEvidenceTests
{
    private static readonly Guid ComplaintId = BreachFacts.ComplaintId;
    private static readonly DateTimeOffset DueAt = new(2026, 4, 10, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(SlaClock.FirstResponse)]
    [InlineData(SlaClock.SolutionOrUpdate)]
    [InlineData(SlaClock.MajorResolution)]
    public void The_same_missed_clock_gives_the_same_evidence(SlaClock clock)
    {
        Assert.Equal(BreachEvidence.ForMissedClock(ComplaintId, clock, DueAt), BreachEvidence.ForMissedClock(ComplaintId, clock, DueAt));
    }

    [Fact]
    public void Different_clocks_of_one_complaint_give_different_keys()
    {
        var keys = new[] { SlaClock.FirstResponse, SlaClock.SolutionOrUpdate, SlaClock.MajorResolution }
            .Select(clock => BreachEvidence.ForMissedClock(ComplaintId, clock, DueAt).Key)
            .Append(BreachEvidence.ForSolutionBelowStandard(ComplaintId).Key);

        Assert.Equal(4, keys.Distinct().Count());
    }

    [Fact]
    public void Complaint_evidence_keys_have_the_documented_form()
    {
        Assert.Equal($"complaint:{ComplaintId}:first_response", BreachEvidence.ForMissedClock(ComplaintId, SlaClock.FirstResponse, DueAt).Key);
        Assert.Equal($"complaint:{ComplaintId}:solution_or_update:2026-04-10T08:00:00Z", BreachEvidence.ForMissedClock(ComplaintId, SlaClock.SolutionOrUpdate, DueAt).Key);
        Assert.Equal($"complaint:{ComplaintId}:major_resolution", BreachEvidence.ForMissedClock(ComplaintId, SlaClock.MajorResolution, DueAt).Key);
        Assert.Equal($"complaint:{ComplaintId}:below_standard", BreachEvidence.ForSolutionBelowStandard(ComplaintId).Key);
    }

    [Fact]
    public void Complaint_evidence_names_the_complaint()
    {
        var evidence = BreachEvidence.ForMissedClock(ComplaintId, SlaClock.FirstResponse, DueAt);

        Assert.Equal(EvidenceKind.Complaint, evidence.Kind);
        Assert.Equal(ComplaintId.ToString(), evidence.Id);
    }

    [Fact]
    public void Solution_or_update_missed_again_after_a_progress_update_is_a_different_fact()
    {
        var first = BreachEvidence.ForMissedClock(ComplaintId, SlaClock.SolutionOrUpdate, DueAt);
        var second = BreachEvidence.ForMissedClock(ComplaintId, SlaClock.SolutionOrUpdate, DueAt.AddHours(24));

        Assert.NotEqual(first.Key, second.Key);
    }

    [Fact]
    public void Due_time_read_back_in_another_offset_or_precision_gives_the_same_key()
    {
        var original = DueAt.AddTicks(1234567);
        var readBack = new DateTimeOffset(2026, 4, 10, 16, 0, 0, TimeSpan.FromHours(8)).AddTicks(1234560);

        Assert.Equal(
            BreachEvidence.ForMissedClock(ComplaintId, SlaClock.SolutionOrUpdate, original).Key,
            BreachEvidence.ForMissedClock(ComplaintId, SlaClock.SolutionOrUpdate, readBack).Key);
    }

    [Fact]
    public void Period_keys_name_agreement_start_date_and_scope()
    {
        var start = new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero);

        var all = BreachEvidence.ForResolutionPeriod(BreachFacts.AgreementId, start, ResolutionScope.All);
        var major = BreachEvidence.ForResolutionPeriod(BreachFacts.AgreementId, start, ResolutionScope.Major);

        Assert.Equal($"period:{BreachFacts.AgreementId}:2026-04-01:all", all.Key);
        Assert.Equal($"period:{BreachFacts.AgreementId}:2026-04-01:major", major.Key);
        Assert.Equal(EvidenceKind.ResolutionPeriod, all.Kind);
    }

    [Fact]
    public void Period_start_is_dated_in_UTC_whatever_its_offset()
    {
        var utc = new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero);

        var shifted = BreachEvidence.ForResolutionPeriod(BreachFacts.AgreementId, utc.ToOffset(TimeSpan.FromHours(-5)), ResolutionScope.All);

        Assert.Equal(BreachEvidence.ForResolutionPeriod(BreachFacts.AgreementId, utc, ResolutionScope.All).Key, shifted.Key);
    }

    [Fact]
    public void Interruption_and_survey_keys_are_their_ids()
    {
        Assert.Equal($"interruption:{BreachFacts.InterruptionId}", BreachEvidence.ForInterruption(BreachFacts.InterruptionId).Key);
        Assert.Equal($"survey:{BreachFacts.SurveyId}", BreachEvidence.ForSurvey(BreachFacts.SurveyId).Key);
    }

    [Fact]
    public void Evidence_without_an_id_names_the_missing_field()
    {
        var error = Assert.Throws<RuleViolationException>(() => BreachEvidence.ForInterruption(Guid.Empty));

        Assert.Equal(RuleKind.InvalidArgument, error.Kind);
        Assert.Equal("interruption_id", error.Subject);
    }

    [Fact]
    public void Unknown_clock_is_an_invalid_argument()
    {
        var error = Assert.Throws<RuleViolationException>(() => BreachEvidence.ForMissedClock(ComplaintId, (SlaClock)42, DueAt));

        Assert.Equal("clock", error.Subject);
    }
}
