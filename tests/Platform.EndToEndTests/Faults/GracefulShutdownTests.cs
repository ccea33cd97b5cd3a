using Google.Protobuf.WellKnownTypes;
using Npgsql;
using Platform.Contracts.Complaints.V1;
using Platform.EndToEndTests.Flows;
using Platform.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Platform.EndToEndTests.Faults;

/// <summary>
/// Issue 10's graceful stop: Complaints gets SIGTERM in the middle of a steady load (filings, answers, clocks
/// running out) and must stop by itself within its shutdown timeout, leaving every committed event sent and no
/// deadline claimed; started again, the totals reconcile exactly as after the fault run.
/// </summary>
[Collection(FaultCollectionDefinition.Name)]
public sealed class GracefulShutdownTests(FaultTestPlatform platform, ITestOutputHelper output)
{
    /// <summary>The services' default <c>Shutdown:Timeout</c>; Kubernetes and compose give them 30 s.</summary>
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(25);

    private static readonly TimeSpan Settle = TimeSpan.FromMinutes(3);

    private const string PromisorId = "org-graceful";

    private readonly PlatformTotals totals = new(platform);

    [Fact]
    public Task SIGTERM_under_load_stops_Complaints_in_time_with_every_committed_event_sent_and_nothing_claimed() => platform.RunAsync(output, async () =>
    {
        // Arrange: first responses due 2 s after receipt, so deadlines fire throughout, the SIGTERM included.
        var request = Requests.Agreement();
        request.Promisor.OrganizationId = PromisorId;
        request.Terms.FirstResponseWithin = Duration.FromTimeSpan(TimeSpan.FromSeconds(2));
        request.Terms.SolutionOrUpdateWithin = Duration.FromTimeSpan(TimeSpan.FromHours(1));
        request.Terms.MajorResolutionWithin = Duration.FromTimeSpan(TimeSpan.FromHours(2));
        request.Terms.MajorInterruptionThreshold = Duration.FromTimeSpan(TimeSpan.FromHours(1));
        var agreement = await platform.SignedAgreementAsync(request);
        var complaintsService = platform.Service("Complaints");

        // Act: SIGTERM in the middle of the load; the load retries what fails while Complaints is away.
        var load = new SteadyLoad(platform, agreement.Id, PromisorId);
        (int ExitCode, TimeSpan Took) stopped;
        long unsentAtExit, claimedAtExit;
        await using (load)
        {
            await Task.Delay(TimeSpan.FromSeconds(4));
            var mark = complaintsService.OutputMark;
            stopped = await complaintsService.TerminateAsync(ShutdownTimeout + TimeSpan.FromSeconds(5));
            var stopLog = complaintsService.OutputSince(mark);
            (unsentAtExit, claimedAtExit) = await OutboxAndClaimsAsync();
            output.WriteLine(stopLog);

            // Assert, at exit: a clean stop, in time, that sent what was committed.
            Assert.Equal(0, stopped.ExitCode);
            Assert.True(stopped.Took < ShutdownTimeout, $"Complaints took {stopped.Took.TotalSeconds:0.0} s to stop");
            Assert.Contains("Outbox relay stopped after sending", stopLog, StringComparison.Ordinal);
            Assert.Equal(0, unsentAtExit);
            Assert.Equal(0, claimedAtExit);

            await complaintsService.StartAgainAsync();
            await Task.Delay(TimeSpan.FromSeconds(3));
            await load.StopAsync();
        }

        // Assert, after the restart: every complaint and interruption the load started is stored once.
        var complaints = await totals.AllComplaintsAsync(agreement.Id);
        Assert.Equal(load.Filed.Values.Order(), complaints.Select(c => c.Id).Order());
        var interruptions = await totals.AllInterruptionsAsync(PromisorId);
        Assert.Equal(load.Interruptions.Values.Order(), interruptions.Select(i => i.Id).Order());

        // Every first response that passed fired once and is one breach; no deadline that fell due stayed behind.
        await Task.Delay(TimeSpan.FromSeconds(3)); // the last complaints' clocks run out
        await Eventually.AssertAsync(totals.AssertEveryOutboxRowSentAsync, Settle);
        complaints = await totals.AllComplaintsAsync(agreement.Id);
        Assert.All(complaints, c => Assert.NotEqual(ClockState.Running, c.FirstResponse().State));
        var missed = complaints.Where(c => c.FirstResponse().State == ClockState.Missed).Select(c => c.Id).Order().ToList();
        await Eventually.AssertAsync(
            async () => (await totals.FirstResponseBreachesAsync(agreement.Id)).Count >= missed.Count, Settle, $"{missed.Count} breaches of 2.3.1");
        await Eventually.AssertAsync(totals.AssertEveryOutboxRowSentAsync, Settle);
        Assert.Equal(missed, (await totals.FirstResponseBreachesAsync(agreement.Id)).Select(b => b.Evidence.Id).Order());

        output.WriteLine(
            $"stopped in {stopped.Took.TotalSeconds:0.0} s (exit {stopped.ExitCode}); at exit {unsentAtExit} outbox rows unsent, {claimedAtExit} deadlines claimed; " +
            $"complaints filed {complaints.Count}, first responses missed {missed.Count}, interruptions {interruptions.Count}, calls retried {load.FailedCalls}");
    });

    /// <summary>
    /// Complaints' unsent outbox rows and the deadlines some session still holds locked (a claim not released),
    /// read from its database directly once the process has exited.
    /// </summary>
    private async Task<(long Unsent, long Claimed)> OutboxAndClaimsAsync()
    {
        await using var connection = new NpgsqlConnection(platform.DatabaseConnectionString("Complaints"));
        await connection.OpenAsync();
        await using var unsent = new NpgsqlCommand("SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL", connection);
        // SKIP LOCKED passes over exactly the rows another session holds: pending deadlines it cannot see are claimed.
        await using var claimed = new NpgsqlCommand(
            """
            SELECT (SELECT count(*) FROM deadlines WHERE status = 'Pending')
                 - (SELECT count(*) FROM (SELECT 1 FROM deadlines WHERE status = 'Pending' FOR UPDATE SKIP LOCKED) AS free)
            """,
            connection);
        return ((long)(await unsent.ExecuteScalarAsync())!, (long)(await claimed.ExecuteScalarAsync())!);
    }
}
