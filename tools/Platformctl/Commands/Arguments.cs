using System.CommandLine;
using System.Globalization;

namespace Platform.Platformctl.Commands;

/// <summary>Small builders for the arguments and options the command groups share.</summary>
internal static class Arguments
{
    public static Argument<string> Id(string name = "id") => new(name) { Description = "The resource id" };

    public static Option<string> Required(string name, string description) => new(name) { Description = description, Required = true };

    public static Option<string?> Optional(string name, string description) => new(name) { Description = description };

    public static Option<long> Version() => new("--version") { Description = "The version you last saw (optimistic concurrency)", Required = true };

    public static Option<DateTimeOffset?> Date(string name, string description, bool required = false) => new(name)
    {
        Description = description + " (ISO 8601, e.g. 2026-01-31 or 2026-01-31T12:00:00Z; UTC unless an offset is given)",
        Required = required,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
            {
                return value;
            }

            result.AddError($"'{text}' is not a date or time for {name}.");
            return null;
        },
    };

    public static Google.Protobuf.WellKnownTypes.Timestamp? Timestamp(DateTimeOffset? value) => value is { } v ? Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(v) : null;

    public static Command With(this Command command, params Symbol[] symbols)
    {
        foreach (var symbol in symbols)
        {
            switch (symbol)
            {
                case Argument argument:
                    command.Arguments.Add(argument);
                    break;
                case Option option:
                    command.Options.Add(option);
                    break;
                case Command subcommand:
                    command.Subcommands.Add(subcommand);
                    break;
            }
        }

        return command;
    }
}
