using System.CommandLine;
using Platform.LoadGenerator;
using Platform.LoadGenerator.Scenarios;

var scenario = new Option<string>("--scenario") { Description = $"One of: {string.Join(", ", ScenarioCatalog.Names)}", Required = true };
scenario.AcceptOnlyFromAmong([.. ScenarioCatalog.Names]);
var target = new Option<string>("--target") { Description = "Service URL, e.g. http://127.0.0.1:5102", Required = true };
var concurrency = new Option<int>("--concurrency") { Description = "Concurrent workers (requests in flight at most)", DefaultValueFactory = _ => 32 };
var duration = new Option<double>("--duration") { Description = "Measured seconds", DefaultValueFactory = _ => 20 };
var warmup = new Option<double>("--warmup") { Description = "Seconds of load before measuring", DefaultValueFactory = _ => 5 };
var rate = new Option<double>("--rate") { Description = "Requests/s on a fixed schedule (open loop); 0 = as fast as possible (closed loop)" };
var channels = new Option<int>("--channels") { Description = "gRPC channels (each its own HTTP/2 connections); workers share them round-robin", DefaultValueFactory = _ => 4 };
var tokenFile = new Option<FileInfo?>("--token-file") { Description = "Bearer token for the target" };
var agreementsTarget = new Option<string>("--agreements-target") { Description = "Agreements URL, to sign an agreement in setup", DefaultValueFactory = _ => "http://127.0.0.1:5101" };
var agreementsTokenFile = new Option<FileInfo?>("--agreements-token-file") { Description = "Bearer token for Agreements (an agreement-manager's)" };
var agreementId = new Option<string?>("--agreement-id") { Description = "An active agreement to use instead of signing a new one" };
var seed = new Option<int>("--seed") { Description = "Complaints filed in setup by the read scenarios", DefaultValueFactory = _ => 1000 };
var clockLead = new Option<double>("--clock-lead") { Description = "clock-wave: seconds from the start to the first clock's due time", DefaultValueFactory = _ => 60 };
var fireRate = new Option<double>("--fire-rate") { Description = "clock-wave: clocks falling due per second", DefaultValueFactory = _ => 500 };
var json = new Option<FileInfo?>("--json") { Description = "Write the result as JSON to this file" };

var root = new RootCommand("Load generator for the platform's gRPC APIs and the baselines of tests/performance")
{
    scenario, target, concurrency, duration, warmup, rate, channels, tokenFile, agreementsTarget, agreementsTokenFile, agreementId, seed, clockLead, fireRate, json,
};
root.SetAction(async (parse, cancellationToken) =>
{
    var options = new LoadOptions(
        parse.GetRequiredValue(scenario),
        new Uri(parse.GetRequiredValue(target)),
        parse.GetValue(concurrency),
        TimeSpan.FromSeconds(parse.GetValue(duration)),
        TimeSpan.FromSeconds(parse.GetValue(warmup)),
        parse.GetValue(rate),
        parse.GetValue(channels),
        await ReadTokenAsync(parse.GetValue(tokenFile), cancellationToken),
        new Uri(parse.GetRequiredValue(agreementsTarget)),
        await ReadTokenAsync(parse.GetValue(agreementsTokenFile) ?? parse.GetValue(tokenFile), cancellationToken),
        parse.GetValue(agreementId),
        parse.GetValue(seed),
        TimeSpan.FromSeconds(parse.GetValue(clockLead)),
        parse.GetValue(fireRate));

    using var context = new ScenarioContext(options);
    var chosen = ScenarioCatalog.Create(options.Scenario, context);
    Console.Error.WriteLine($"{options.Scenario}: setup");
    await chosen.SetupAsync(cancellationToken);
    Console.Error.WriteLine($"{options.Scenario}: {options.Warmup.TotalSeconds:0.#} s warmup, {options.Duration.TotalSeconds:0.#} s measured, "
        + $"concurrency {options.Concurrency}, {(options.OpenLoop ? $"open loop at {options.Rate:0} req/s" : "closed loop")}");

    var result = await new LoadRunner(options, chosen).RunAsync(cancellationToken) with { AgreementId = context.AgreementId };
    ResultTable.Write(Console.Out, result);
    if (parse.GetValue(json) is { } file)
    {
        await ResultJson.WriteAsync(file, result, cancellationToken);
    }

    return result.Ok > 0 ? 0 : 1;
});
return await root.Parse(args).InvokeAsync();

static async Task<string?> ReadTokenAsync(FileInfo? file, CancellationToken cancellationToken) =>
    file is null ? null : (await File.ReadAllTextAsync(file.FullName, cancellationToken)).Trim();
