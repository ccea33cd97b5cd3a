using Google.Protobuf.WellKnownTypes;
using Npgsql;
using Platform.Contracts.Agreements.V1;
using Platform.Contracts.Complaints.V1;
using Platform.EndToEndTests.Flows;
using Platform.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Platform.EndToEndTests.Faults;

/// <summary>
/// Issue 9's fault run, short enough for CI (tests/performance/faults.sh runs the long one): while a steady load
/// runs, the broker goes away, one service's database drops every connection, and that service is killed with
/// SIGKILL twice; every message is delivered twice throughout. Then the totals must reconcile exactly.
/// </summary>
[Collection(FaultCollectionDefinition.Name)]
public sealed class FaultToleranceTests(FaultTestPlatform platform, ITestOutputHelper output)
{
    private readonly PlatformTotals totals = new(platform);

    /// <summary>For the services to catch up after the faults: relays back off up to 10 s, consumers reconnect.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromMinutes(3);

    private static readonly TimeSpan BrokerOutage = TimeSpan.FromSeconds(Number("PLATFORM_FAULT_BROKER_OUTAGE_SECONDS", 10));

    private static readonly TimeSpan DatabaseOutage = TimeSpan.FromSeconds(Number("PLATFORM_FAULT_DATABASE_OUTAGE_SECONDS", 5));

    private static readonly TimeSpan Between = TimeSpan.FromSeconds(Number("PLATFORM_FAULT_PAUSE_SECONDS", 3));

    [Fact]
    public Task Totals_reconcile_exactly_after_broker_outage_database_restart_and_two_kills_with_every_message_delivered_twice() => platform.RunAsync(output, async () =>
    {
        // Arrange: first responses are due 3 s after receipt, so complaints left unanswered breach during the run.
        var terms = Requests.Agreement();
        terms.Terms.FirstResponseWithin = Duration.FromTimeSpan(TimeSpan.FromSeconds(3));
        terms.Terms.SolutionOrUpdateWithin = Duration.FromTimeSpan(TimeSpan.FromHours(1));
        terms.Terms.MajorResolutionWithin = Duration.FromTimeSpan(TimeSpan.FromHours(2));
        terms.Terms.MajorInterruptionThreshold = Duration.FromTimeSpan(TimeSpan.FromHours(1));
        var agreement = await platform.SignedAgreementAsync(terms);
        var poison = await SendPoisonAsync();

        // Act: faults one after another under load.
        var load = new SteadyLoad(platform, agreement.Id);
        await using (load)
        {
            await Task.Delay(Between);
            await BrokerOutageAsync();
            await Task.Delay(Between);
            await DatabaseOutageAsync();
            await Task.Delay(Between);
            await platform.KillAndRestartAsync("Complaints");
            await Task.Delay(Between);
            await platform.KillAndRestartAsync("Complaints");
            await Task.Delay(Between);
            await load.StopAsync();
        }

        // Assert: every complaint filed is stored once.
        var complaints = await totals.AllComplaintsAsync(agreement.Id);
        Assert.Equal(load.Filed.Count, complaints.Count);
        Assert.Equal(load.Filed.Values.Order(), complaints.Select(c => c.Id).Order());

        // Every interruption reported is stored once, and ended.
        var interruptions = await totals.AllInterruptionsAsync();
        Assert.Equal(load.Interruptions.Values.Order(), interruptions.Select(i => i.Id).Order());
        Assert.All(interruptions, i => Assert.NotNull(i.EndedAt));

        // Every first-response clock that passed fired once, and became one breach; none that was met did.
        await Task.Delay(TimeSpan.FromSeconds(4)); // the last complaints' clocks run out
        await Eventually.AssertAsync(totals.AssertEveryOutboxRowSentAsync, Settle);
        complaints = await totals.AllComplaintsAsync(agreement.Id);
        var missed = complaints.Where(c => c.FirstResponse().State == ClockState.Missed).Select(c => c.Id).Order().ToList();
        Assert.All(complaints, c => Assert.NotEqual(ClockState.Running, c.FirstResponse().State));
        List<Breach> breaches = [];
        await Eventually.AssertAsync(
            async () => (breaches = await totals.FirstResponseBreachesAsync(agreement.Id)).Count >= missed.Count, Settle, $"{missed.Count} breaches of 2.3.1");
        await Eventually.AssertAsync(totals.AssertEveryOutboxRowSentAsync, Settle);
        breaches = await totals.FirstResponseBreachesAsync(agreement.Id);
        Assert.Equal(missed, breaches.Select(b => b.Evidence.Id).Order());

        // Nothing waits in an error queue but the poison message, which says why it is there.
        var errors = await ErrorQueuesAsync();
        Assert.Equal([(poison + "_error", 1)], errors);
        var reason = await ErrorReasonAsync(poison + "_error");
        Assert.False(string.IsNullOrWhiteSpace(reason));

        // Every message was delivered twice, and the inboxes dropped the copies.
        var duplicatesSkipped = platform.CountOutputLines("already processed it");
        Assert.True(duplicatesSkipped > 0, "no duplicate delivery was skipped: the duplication switch did not work");

        output.WriteLine(
            $"complaints filed {complaints.Count} (acknowledged {load.Acknowledged.Count}, progress updates {load.ProgressUpdates}), " +
            $"first responses missed {missed.Count}, breaches of 2.3.1 {breaches.Count}, interruptions {interruptions.Count}, " +
            $"calls retried during faults {load.FailedCalls}, duplicate deliveries skipped {duplicatesSkipped}, " +
            $"error queue: 1 poison message ({reason})");
    });

    /// <summary>
    /// The broker goes away: in CI the proxy between the services and RabbitMQ is cut; with
    /// <c>PLATFORM_FAULT_REAL_SERVERS=1</c> (tests/performance/faults.sh) RabbitMQ itself is stopped and started.
    /// </summary>
    private Task BrokerOutageAsync() =>
        RealServers
            ? OutageAsync(() => RunAsync(["rabbitmqctl", "-q", "stop_app"]), () => RunAsync(["rabbitmqctl", "-q", "start_app"]), BrokerOutage)
            : CutAsync(platform.Broker, BrokerOutage);

    /// <summary>
    /// The database goes away: in CI every connection of Complaints is dropped and refused through its proxy; with
    /// <c>PLATFORM_FAULT_REAL_SERVERS=1</c> the PostgreSQL server (of every service, on this machine) is stopped and started.
    /// </summary>
    private async Task DatabaseOutageAsync()
    {
        if (!RealServers)
        {
            await CutAsync(platform.DatabaseProxy("Complaints"), DatabaseOutage);
            return;
        }

        var cluster = Environment.GetEnvironmentVariable("PLATFORM_FAULT_PG_CLUSTER") ?? "15 main";
        var (version, name) = (cluster.Split(' ')[0], cluster.Split(' ')[1]);
        await OutageAsync(
            () => RunAsync(["pg_ctlcluster", version, name, "stop", "-m", "fast"]), () => RunAsync(["pg_ctlcluster", version, name, "start"]), DatabaseOutage);
        NpgsqlConnection.ClearAllPools(); // this test's own connections died with the server
    }

    private static bool RealServers => Environment.GetEnvironmentVariable("PLATFORM_FAULT_REAL_SERVERS") == "1";

    /// <summary>Something stops for <paramref name="outage"/>; it is started again even when the wait fails.</summary>
    private static async Task OutageAsync(Func<Task> stop, Func<Task> start, TimeSpan outage)
    {
        await stop();
        try
        {
            await Task.Delay(outage);
        }
        finally
        {
            await start();
        }
    }

    private static Task CutAsync(TcpProxy proxy, TimeSpan outage) =>
        OutageAsync(() => { proxy.Cut(); return Task.CompletedTask; }, () => { proxy.Restore(); return Task.CompletedTask; }, outage);

    private async Task RunAsync(string[] command)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(command[0], command[1..]) { RedirectStandardError = true })
            ?? throw new InvalidOperationException($"could not start {command[0]}");
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        output.WriteLine($"{string.Join(' ', command)}: exit {process.ExitCode} {error}");
        Assert.True(process.ExitCode == 0, $"{string.Join(' ', command)} failed: {error}");
    }

    /// <summary>Puts a message no consumer can read on the queue of Agreements' consumer of missed clocks; returns the queue.</summary>
    private async Task<string> SendPoisonAsync()
    {
        var queue = (await QueuesAsync()).Select(q => q.Name).Single(name => name.StartsWith("agreements-", StringComparison.Ordinal)
            && name.Contains("complaint-sla-breached", StringComparison.Ordinal) && !name.EndsWith("_error", StringComparison.Ordinal)
            && !name.EndsWith("_skipped", StringComparison.Ordinal));
        await platform.BrokerManagementAsync(HttpMethod.Post, $"api/exchanges/{platform.VirtualHost}/amq.default/publish", new
        {
            // Persistent (delivery mode 2), as every message MassTransit sends, so a broker restart keeps it.
            properties = new { content_type = "application/vnd.masstransit+json", message_id = Guid.NewGuid().ToString(), delivery_mode = 2 },
            routing_key = queue,
            payload = "{ this is not json",
            payload_encoding = "string",
        });
        return queue;
    }

    private async Task<List<(string Name, int Messages)>> QueuesAsync()
    {
        var queues = await platform.BrokerManagementAsync(HttpMethod.Get, $"api/queues/{platform.VirtualHost}");
        return queues.EnumerateArray()
            .Select(q => (q.GetProperty("name").GetString()!, q.TryGetProperty("messages", out var m) ? m.GetInt32() : 0))
            .ToList();
    }

    private async Task<List<(string Name, int Messages)>> ErrorQueuesAsync()
    {
        // The management API's counts lag the broker by a few seconds.
        await Task.Delay(TimeSpan.FromSeconds(6));
        return (await QueuesAsync()).Where(q => q.Name.EndsWith("_error", StringComparison.Ordinal) && q.Messages > 0).ToList();
    }

    private async Task<string?> ErrorReasonAsync(string queue)
    {
        var messages = await platform.BrokerManagementAsync(HttpMethod.Post, $"api/queues/{platform.VirtualHost}/{queue}/get", new
        {
            count = 1, ackmode = "ack_requeue_true", encoding = "auto",
        });
        var headers = messages[0].GetProperty("properties").GetProperty("headers");
        return headers.TryGetProperty("MT-Fault-Message", out var fault) ? fault.GetString() : headers.ToString();
    }

    private static int Number(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), out var value) ? value : fallback;
}
