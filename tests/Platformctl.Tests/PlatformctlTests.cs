using System.Text.Json;
using Platform.Contracts.Agreements.V1;

namespace Platform.Platformctl.Tests;

[Collection(LivePlatformDefinition.Name)]
public sealed class PlatformctlTests(LivePlatform platform, ITestOutputHelper log)
{
    private AgreementsService.AgreementsServiceClient Agreements => new(platform.Agreements.Channel);

    private static readonly string[] s_services = ["agreements", "complaints", "assurance", "disputes"];

    [Fact]
    public async Task Status_lists_the_four_services_SERVING_with_a_version_and_reachable_database_and_broker()
    {
        var run = await platform.RunAsync("status");
        log.WriteLine(run.Output + run.Error);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^SERVICE\s+URL\s+HEALTH\s+VERSION\s+COMMIT\s+DATABASE\s+BROKER\s+OUTBOX\s+DEADLINES DUE", run.Output);
        foreach (var service in s_services)
        {
            // service, url, health, version (not "-"), commit, database, broker, outbox, deadlines due
            Assert.Matches($@"(?m)^{service}\s+\S+\s+SERVING\s+(?!-\s)\S+\s+\S+\s+reachable\s+reachable\s+\d+.*\s\d+", run.Output);
        }
    }

    [Fact]
    public async Task Status_as_json_is_one_object_per_service_with_build_dependencies_and_backlogs()
    {
        var run = await platform.RunAsync("status", "-o", "json");
        log.WriteLine(run.Output);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var services = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(s_services, services.Select(s => s.GetProperty("service").GetString()));
        foreach (var service in services)
        {
            Assert.StartsWith("http", service.GetProperty("url").GetString(), StringComparison.Ordinal);
            Assert.Equal("SERVING", service.GetProperty("health").GetString());
            Assert.False(string.IsNullOrEmpty(service.GetProperty("version").GetString()));
            Assert.True(service.GetProperty("databaseReachable").GetBoolean());
            Assert.True(service.GetProperty("brokerReachable").GetBoolean());
            Assert.True(service.GetProperty("outboxPending").GetInt64() >= 0);
            Assert.True(service.GetProperty("deadlinesDue").GetInt64() >= 0);
            Assert.Equal(JsonValueKind.Null, service.GetProperty("statusError").ValueKind);
        }
    }

    [Fact]
    public async Task Status_shows_an_unreachable_service_with_what_is_known_and_exits_1()
    {
        var run = await platform.RunWithoutAsync("disputes", "status", "--disputes-url", "http://127.0.0.1:1");
        log.WriteLine(run.Output + run.Error);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"(?m)^disputes\s+http://127\.0\.0\.1:1\s+unreachable(\s+-){6}$", run.Output);
        Assert.Matches(@"(?m)^agreements\s+\S+\s+SERVING\s", run.Output);
    }

    [Fact]
    public async Task Agreements_show_prints_the_number_and_status()
    {
        var agreement = await TestAgreements.CreateSignedAsync(Agreements);

        var run = await platform.RunAsync("agreements", "show", agreement.Id);
        log.WriteLine(run.Output);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(agreement.Number, run.Output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^status:\s+ACTIVE$", run.Output);
    }

    [Fact]
    public async Task Agreements_list_by_status_includes_a_signed_agreement()
    {
        var agreement = await TestAgreements.CreateSignedAsync(Agreements);

        var run = await platform.RunAsync("agreements", "list", "--status", "active", "--page-size", "1000");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(agreement.Number, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_output_is_the_agreement_message_as_protobuf_JSON()
    {
        var agreement = await TestAgreements.CreateSignedAsync(Agreements);

        var run = await platform.RunAsync("agreements", "show", agreement.Id, "--output", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(agreement.Id, json.RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Compliance_report_is_a_table_of_clauses()
    {
        var agreement = await TestAgreements.CreateSignedAsync(Agreements);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var run = await platform.RunAsync("agreements", "compliance", agreement.Id, "--from", today, "--to", DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        log.WriteLine(run.Output);
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^CLAUSE\s+TITLE\s+TARGET\s+MEASURED\s+STATUS", run.Output);
        Assert.Contains("2.3.1", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_call_prints_one_error_line_with_the_field_and_exits_1()
    {
        var run = await platform.RunAsync("agreements", "show", "not-a-uuid");
        log.WriteLine(run.Error);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: INVALID_ARGUMENT", line, StringComparison.Ordinal);
        Assert.Contains("agreement_id", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("agreements", "compliance", "some-id")]
    [InlineData("disputes", "list", "--stage", "bogus")]
    [InlineData("no-such-command")]
    [InlineData("agreements", "list", "--agreements-url", "not a url")]
    public async Task Bad_usage_exits_2(params string[] args)
    {
        var run = await platform.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
    }
}
