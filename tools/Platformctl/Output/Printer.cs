using Google.Protobuf;

namespace Platform.Platformctl.Output;

/// <summary>Writes a command's result as a table or as the protobuf message in JSON.</summary>
internal sealed class Printer(TextWriter output, OutputFormat format, bool colour)
{
    private static readonly JsonFormatter s_json = new(JsonFormatter.Settings.Default.WithIndentation());

    public TextWriter Output => output;

    public bool Colour => colour;

    /// <summary>Writes <paramref name="message"/> as JSON, or the table <paramref name="table"/> builds.</summary>
    public void Write(IMessage message, Func<TableWriter> table)
    {
        if (format == OutputFormat.Json)
        {
            output.WriteLine(s_json.Format(message));
            return;
        }

        table().WriteTo(output, colour);
    }

    /// <summary>Writes "field  value" lines (or JSON) for one resource.</summary>
    public void WriteFields(IMessage message, params (string Field, string Value)[] fields)
    {
        if (format == OutputFormat.Json)
        {
            output.WriteLine(s_json.Format(message));
            return;
        }

        var width = fields.Max(f => f.Field.Length);
        foreach (var (field, value) in fields)
        {
            var label = (field + ":").PadRight(width + 1);
            output.WriteLine(colour ? $"\u001b[1m{label}\u001b[0m  {value}" : $"{label}  {value}");
        }
    }

    /// <summary>Writes a table under a resource's fields, after a blank line; nothing in JSON, where the message holds it.</summary>
    public void WriteSection(TableWriter table)
    {
        if (format == OutputFormat.Json)
        {
            return;
        }

        output.WriteLine();
        table.WriteTo(output, colour);
    }
}
