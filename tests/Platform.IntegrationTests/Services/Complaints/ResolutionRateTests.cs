using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Complaints.V1;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Complaints;

/// <summary>
/// Clause 2.3.2 over measurement periods of 5 s with a minimum sample of 2: the rate while a period runs, and
/// its measurement, published once, when it ends.
/// </summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class ResolutionRateTests(PlatformInfrastructure infrastructure, ShortMeasurementPeriodsFixture complaints)
    : IClassFixture<ShortMeasurementPeriodsFixture>, IAsyncLifetime
{
    private static readonly TimeSpan s_period = ShortMeasurementPeriodsFixture.MeasurementPeriod;

    private ComplaintsService.ComplaintsServiceClient Client => complaints.Client;

    public Task InitializeAsync() => complaints.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Rate_of_a_running_period_counts_the_complaints_so_far_and_is_IN_PROGRESS()
    {
        var agreementId = await AgreementAsync(target: 60m);
        var period = await PeriodWithTimeLeftAsync();
        await FileAsync(agreementId, resolved: 2, withdrawn: 1, open: 1);

        var stats = await StatsAsync(agreementId);

        Assert.Equal((period, false, 1, ShortMeasurementPeriodsFixture.MinimumSample), (stats.PeriodStart.ToDateTimeOffset(), stats.PeriodEnded, stats.TermsVersion, stats.MinimumSample));
        Assert.Equal((3, 2, 1, ResolutionRateStatus.InProgress), (stats.All.Received, stats.All.Resolved, stats.All.Withdrawn, stats.All.Status));
        Assert.Equal((66.67m, 60m), (decimal.Parse(stats.All.Rate.Value, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(stats.All.Target.Value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal((0, ResolutionRateStatus.InsufficientSample), (stats.Major.Received, stats.Major.Status));
        Assert.Null(stats.Major.Rate);
    }

    [Fact]
    public async Task Ended_period_is_measured_once_and_judged_MET_when_at_its_target()
    {
        var agreementId = await AgreementAsync(target: 60m);
        var period = await PeriodWithTimeLeftAsync();
        await FileAsync(agreementId, resolved: 2, withdrawn: 1, open: 1);

        var measured = await complaints.Events.RateAsync(agreementId, period);

        Assert.Equal((period + s_period, 1, ShortMeasurementPeriodsFixture.MinimumSample), (measured.PeriodEnd, measured.TermsVersion, measured.MinimumSample));
        Assert.Equal((3, 2, 60m, true), (measured.All.Received, measured.All.Resolved, measured.All.TargetPercent, measured.All.SufficientSample));
        Assert.Equal((0, false), (measured.Major.Received, measured.Major.SufficientSample));
        var stats = await StatsAsync(agreementId, at: period);
        Assert.Equal((true, ResolutionRateStatus.Met), (stats.PeriodEnded, stats.All.Status));
        Assert.Single(complaints.Events.RatesOf(agreementId));
    }

    [Fact]
    public async Task Ended_period_below_its_target_is_judged_BELOW_TARGET()
    {
        var agreementId = await AgreementAsync(target: 95m);
        var period = await PeriodWithTimeLeftAsync();
        await FileAsync(agreementId, resolved: 1, withdrawn: 0, open: 1);

        var measured = await complaints.Events.RateAsync(agreementId, period);

        Assert.Equal((2, 1, true), (measured.All.Received, measured.All.Resolved, measured.All.SufficientSample));
        Assert.Equal(ResolutionRateStatus.BelowTarget, (await StatsAsync(agreementId, at: period)).All.Status);
    }

    [Fact]
    public async Task Ended_period_with_fewer_complaints_than_the_minimum_sample_is_not_judged()
    {
        var agreementId = await AgreementAsync(target: 95m);
        var period = await PeriodWithTimeLeftAsync();
        await FileAsync(agreementId, resolved: 0, withdrawn: 1, open: 1);

        var measured = await complaints.Events.RateAsync(agreementId, period);

        Assert.Equal((1, 0, false), (measured.All.Received, measured.All.Resolved, measured.All.SufficientSample));
        Assert.Equal(ResolutionRateStatus.InsufficientSample, (await StatsAsync(agreementId, at: period)).All.Status);
    }

    [Fact]
    public async Task Period_in_which_the_agreement_took_effect_is_measured_too()
    {
        var period = await PeriodWithTimeLeftAsync();
        var agreementId = await AgreementAsync(target: 60m, effectiveFrom: DateTimeOffset.UtcNow);
        await FileAsync(agreementId, resolved: 2, withdrawn: 0, open: 0);

        var measured = await complaints.Events.RateAsync(agreementId, period);

        Assert.Equal((2, 2, true), (measured.All.Received, measured.All.Resolved, measured.All.SufficientSample));
    }

    [Fact]
    public async Task Complaint_resolved_in_a_period_and_reopened_after_it_still_counts_as_resolved_for_that_period()
    {
        var agreementId = await AgreementAsync(target: 60m);
        var period = await PeriodWithTimeLeftAsync();
        var resolvedId = (await FileAsync(agreementId, resolved: 1, withdrawn: 0, open: 1))[0];
        await complaints.Events.RateAsync(agreementId, period);

        await Client.ReopenAsync(resolvedId);

        var stats = await StatsAsync(agreementId, at: period);
        Assert.Equal((2, 1, 1), (stats.All.Received, stats.All.Resolved, stats.All.ReopenedAfterPeriod));
    }

    private Task<Guid> AgreementAsync(decimal target, DateTimeOffset? effectiveFrom = null) =>
        complaints.ActiveAgreementAsync(AgreementFacts.Terms() with { ResolutionRateTarget = target }, effectiveFrom);

    /// <summary>The start of the current period once at least half of it is left, so every complaint of the test falls in it.</summary>
    private static async Task<DateTimeOffset> PeriodWithTimeLeftAsync()
    {
        static DateTimeOffset Start(DateTimeOffset at) =>
            DateTimeOffset.UnixEpoch + TimeSpan.FromTicks((at - DateTimeOffset.UnixEpoch).Ticks / s_period.Ticks * s_period.Ticks);

        var wanted = Start(DateTimeOffset.UtcNow + (s_period / 2));
        await Eventually.AssertAsync(() => Task.FromResult(DateTimeOffset.UtcNow >= wanted), s_period, "a period with time left began");
        return wanted;
    }

    /// <summary>Files complaints and resolves or withdraws some; returns their ids, the resolved ones first.</summary>
    private async Task<IReadOnlyList<string>> FileAsync(Guid agreementId, int resolved, int withdrawn, int open)
    {
        var ids = new List<string>();
        foreach (var index in Enumerable.Range(0, resolved + withdrawn + open))
        {
            var id = (await Client.FileAsync(ComplaintRequests.File(agreementId))).Id;
            if (index < resolved)
            {
                await Client.ResolveAsync(id);
            }
            else if (index < resolved + withdrawn)
            {
                await Client.WithdrawAsync(id);
            }

            ids.Add(id);
        }

        return ids;
    }

    private async Task<GetResolutionStatsResponse> StatsAsync(Guid agreementId, DateTimeOffset? at = null) =>
        await Client.GetResolutionStatsAsync(new GetResolutionStatsRequest
        {
            AgreementId = agreementId.ToString(),
            At = at is { } instant ? Timestamp.FromDateTimeOffset(instant) : null,
        });
}
