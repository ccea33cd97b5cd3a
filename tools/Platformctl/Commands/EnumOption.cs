using System.CommandLine;

namespace Platform.Platformctl.Commands;

/// <summary>An option naming a protobuf enum value by its short name: <c>--stage arbitration</c>, <c>--kind settlement-proposal</c>.</summary>
internal static class EnumOption
{
    public static Option<TEnum> Create<TEnum>(string name, string description, bool required = false)
        where TEnum : struct, Enum
    {
        var names = Enum.GetValues<TEnum>().Skip(1).Select(Output.Format.Enum).Select(n => n.ToLowerInvariant().Replace('_', '-')).ToArray();
        return new Option<TEnum>(name)
        {
            Description = $"{description}: {string.Join(", ", names)}",
            Required = required,
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                var key = text.Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal);
                if (Enum.TryParse<TEnum>(key, ignoreCase: true, out var value) && !int.TryParse(key, out _) && Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) != 0)
                {
                    return value;
                }

                result.AddError($"'{text}' is not one of {string.Join(", ", names)} for {name}.");
                return default;
            },
        };
    }
}
