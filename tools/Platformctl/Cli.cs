using System.CommandLine;
using Platform.Platformctl.Clients;
using Platform.Platformctl.Commands;

namespace Platform.Platformctl;

/// <summary>The entry point, shared by Program and the tests (which pass in-process handlers per service).</summary>
public static class Cli
{
    public static async Task<int> RunAsync(
        string[] args,
        TextWriter output,
        TextWriter error,
        Func<string, HttpMessageHandler?>? handlers = null,
        CancellationToken cancellationToken = default)
    {
        using var clients = new PlatformClients(handlers);
        var terminal = handlers is null && ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var context = new CliContext(output, error, clients, terminal);

        var root = new RootCommand("platformctl: agreements, complaints, disputes and service status over gRPC");
        root.Options.Add(context.OutputOption);
        root.Options.Add(context.ActorOption);
        root.Options.Add(context.TokenOption);
        foreach (var option in context.UrlOptions.Values)
        {
            root.Options.Add(option);
        }

        root.Subcommands.Add(StatusCommand.Create(context));
        root.Subcommands.Add(AgreementsCommands.Create(context));
        root.Subcommands.Add(DisputesCommands.Create(context));
        root.Subcommands.Add(ComplaintsCommands.Create(context));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                await error.WriteLineAsync($"error: {parseError.Message}");
            }

            await error.WriteLineAsync("Run 'platformctl --help' for usage.");
            return ExitCodes.Usage;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }
}
