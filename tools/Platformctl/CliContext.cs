using System.CommandLine;
using Grpc.Core;
using Grpc.Net.Client;
using Platform.Platformctl.Clients;
using Platform.Platformctl.Errors;
using Platform.Platformctl.Output;

namespace Platform.Platformctl;

/// <summary>What every command needs: the global options, the writers, and channels to the services.</summary>
internal sealed class CliContext(TextWriter output, TextWriter error, PlatformClients clients, bool terminal)
{
    public Option<OutputFormat> OutputOption { get; } = new("--output", "-o")
    {
        Description = "table (for people) or json (protobuf JSON, for scripts)",
        DefaultValueFactory = _ => OutputFormat.Table,
        Recursive = true,
    };

    public Option<string?> ActorOption { get; } = new("--actor")
    {
        Description = "Who makes the change (default: PLATFORM_ACTOR, else the user name)",
        Recursive = true,
    };

    public Option<string?> TokenOption { get; } = new("--token")
    {
        Description = "Bearer token to call with (default: PLATFORM_TOKEN, else the file named by PLATFORM_TOKEN_FILE)",
        Recursive = true,
    };

    public IReadOnlyDictionary<ServiceName, Option<string?>> UrlOptions { get; } = ServiceName.All.ToDictionary(
        s => s,
        s => new Option<string?>(s.Flag) { Description = $"{s.Name} service URL (env {s.EnvironmentVariable}, default {s.DefaultUrl})", Recursive = true });

    public TextWriter Error => error;

    public string Url(ParseResult parse, ServiceName service) =>
        parse.GetValue(UrlOptions[service])
        ?? NonEmpty(Environment.GetEnvironmentVariable(service.EnvironmentVariable))
        ?? service.DefaultUrl;

    public GrpcChannel Channel(ParseResult parse, ServiceName service) => clients.Channel(service, Url(parse, service), Token(parse));

    /// <summary>The caller's token: the flag, else PLATFORM_TOKEN, else the contents of PLATFORM_TOKEN_FILE; null when none.</summary>
    public string? Token(ParseResult parse) =>
        NonEmpty(parse.GetValue(TokenOption))
        ?? NonEmpty(Environment.GetEnvironmentVariable("PLATFORM_TOKEN"))
        ?? (NonEmpty(Environment.GetEnvironmentVariable("PLATFORM_TOKEN_FILE")) is { } file ? NonEmpty(File.ReadAllText(file).Trim()) : null);

    public string Actor(ParseResult parse) =>
        parse.GetValue(ActorOption) ?? NonEmpty(Environment.GetEnvironmentVariable("PLATFORM_ACTOR")) ?? Environment.UserName;

    public Printer Printer(ParseResult parse)
    {
        var colour = terminal && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        return new Printer(output, parse.GetValue(OutputOption), colour);
    }

    /// <summary>Runs a command's body; a server refusal becomes one line on stderr and exit code 1.</summary>
    public void Handle(Command command, Func<ParseResult, CancellationToken, Task<int>> action) =>
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                return await action(parse, cancellationToken);
            }
            catch (RpcException exception)
            {
                await error.WriteLineAsync(RpcErrorPrinter.Describe(exception));
                return ExitCodes.Failure;
            }
            catch (IOException exception)
            {
                await error.WriteLineAsync($"error: cannot read the token file: {exception.Message}");
                return ExitCodes.Usage;
            }
            catch (UriFormatException exception)
            {
                await error.WriteLineAsync($"error: a service URL is not a URL: {exception.Message}");
                return ExitCodes.Usage;
            }
        });

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
