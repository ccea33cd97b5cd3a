using System.CommandLine;
using System.Text.Json;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Platform.Contracts.Common.V1;
using Platform.Platformctl.Clients;
using Platform.Platformctl.Output;

namespace Platform.Platformctl.Commands;

/// <summary>
/// <c>status</c>: per service, its grpc.health.v1 answer and its GetServiceStatus (build, database, broker,
/// outbox and deadline backlogs); exit 1 unless all four are SERVING with both dependencies reachable.
/// </summary>
internal static class StatusCommand
{
    private const string Unreachable = "unreachable";
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create(CliContext context)
    {
        var command = new Command("status", "Health, build, dependencies and backlogs of the four services");
        context.Handle(command, async (parse, cancellationToken) =>
        {
            var reports = await Task.WhenAll(ServiceName.All.Select(s => ReportAsync(context, parse, s, cancellationToken)));
            var printer = context.Printer(parse);
            if (parse.GetValue(context.OutputOption) == OutputFormat.Json)
            {
                await printer.Output.WriteLineAsync(JsonSerializer.Serialize(reports, s_json));
            }
            else
            {
                Table(reports).WriteTo(printer.Output, printer.Colour);
                foreach (var report in reports.Where(r => r.StatusError is not null && r.Health != Unreachable))
                {
                    await context.Error.WriteLineAsync($"{report.Service}: no service status ({report.StatusError})");
                }
            }

            return reports.All(r => r.Healthy) ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }

    private static TableWriter Table(IEnumerable<ServiceReport> reports)
    {
        var table = new TableWriter("service", "url", "health", "version", "commit", "database", "broker", "outbox", "deadlines due");
        foreach (var r in reports)
        {
            table.Row(
                r.Service,
                r.Url,
                r.Health,
                Format.Text(r.Version),
                Format.Text(r.Commit?[..Math.Min(r.Commit.Length, 7)]),
                Reachability(r.DatabaseReachable),
                Reachability(r.BrokerReachable),
                Backlog(r.OutboxPending, r.OutboxOldestPendingAgeSeconds, "oldest"),
                Backlog(r.DeadlinesDue, r.DeadlinesOldestDueLatenessSeconds, "late"));
        }

        return table;
    }

    private static string Reachability(bool? reachable) => reachable switch
    {
        true => "reachable",
        false => Unreachable,
        null => "-",
    };

    private static string Backlog(long? count, double? seconds, string label) => (count, seconds) switch
    {
        (null, _) => "-",
        ({ } n, { } s) when n > 0 => $"{Format.Number(n)} ({label} {Format.Age(s)})",
        ({ } n, _) => Format.Number(n),
    };

    private static async Task<ServiceReport> ReportAsync(CliContext context, ParseResult parse, ServiceName service, CancellationToken cancellationToken)
    {
        var url = context.Url(parse, service);
        var channel = context.Channel(parse, service);
        var health = HealthAsync(channel, cancellationToken);
        try
        {
            var client = new ServiceStatusService.ServiceStatusServiceClient(channel);
            var status = await client.GetServiceStatusAsync(new GetServiceStatusRequest(), PlatformClients.Call(cancellationToken));
            return ServiceReport.Answered(service.Name, url, await health, status);
        }
        catch (Exception exception) when (exception is RpcException or HttpRequestException)
        {
            // Unreachable, or a build without GetServiceStatus (UNIMPLEMENTED): the row keeps what health said.
            return ServiceReport.Unanswered(service.Name, url, await health, Failure(exception));
        }
    }

    private static async Task<string> HealthAsync(GrpcChannel channel, CancellationToken cancellationToken)
    {
        try
        {
            var reply = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest(), PlatformClients.Call(cancellationToken));
            return Format.Enum(reply.Status);
        }
        catch (Exception exception) when (exception is RpcException or HttpRequestException)
        {
            return Failure(exception);
        }
    }

    private static string Failure(Exception exception) =>
        exception is RpcException { StatusCode: not StatusCode.Unavailable } rpc ? Format.Enum(rpc.StatusCode) : Unreachable;
}
