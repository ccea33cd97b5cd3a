using System.CommandLine;
using Grpc.Core;
using Grpc.Health.V1;
using Platform.Platformctl.Clients;
using Platform.Platformctl.Output;

namespace Platform.Platformctl.Commands;

/// <summary><c>status</c>: each service's grpc.health.v1 answer; exit 1 unless all four are SERVING.</summary>
internal static class StatusCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("status", "Health of the four services (SERVING, NOT_SERVING or unreachable)");
        context.Handle(command, async (parse, cancellationToken) =>
        {
            var checks = await Task.WhenAll(ServiceName.All.Select(s => CheckAsync(context, parse, s, cancellationToken)));
            var table = new TableWriter("service", "url", "status");
            foreach (var (service, url, status) in checks)
            {
                table.Row(service.Name, url, status);
            }

            var printer = context.Printer(parse);
            if (parse.GetValue(context.OutputOption) == OutputFormat.Json)
            {
                await printer.Output.WriteLineAsync(System.Text.Json.JsonSerializer.Serialize(
                    checks.Select(c => new Dictionary<string, string> { ["service"] = c.Service.Name, ["url"] = c.Url, ["status"] = c.Status })));
            }
            else
            {
                table.WriteTo(printer.Output, printer.Colour);
            }

            return checks.All(c => c.Status == "SERVING") ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }

    private static async Task<(ServiceName Service, string Url, string Status)> CheckAsync(
        CliContext context, ParseResult parse, ServiceName service, CancellationToken cancellationToken)
    {
        var url = context.Url(parse, service);
        try
        {
            var client = new Health.HealthClient(context.Channel(parse, service));
            var reply = await client.CheckAsync(new HealthCheckRequest(), PlatformClients.Call(cancellationToken));
            return (service, url, Format.Enum(reply.Status));
        }
        catch (RpcException exception)
        {
            return (service, url, exception.StatusCode == StatusCode.Unavailable ? "unreachable" : $"error ({Format.Enum(exception.StatusCode)})");
        }
        catch (HttpRequestException)
        {
            return (service, url, "unreachable");
        }
    }
}
