namespace Platform.Platformctl.Output;

/// <summary>Writes rows as plain, left-aligned columns under an upper-case header.</summary>
internal sealed class TableWriter(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public TableWriter Row(params string[] cells)
    {
        _rows.Add(cells);
        return this;
    }

    public void WriteTo(TextWriter writer, bool colour)
    {
        var widths = headers.Select((h, i) => _rows.Select(r => Cell(r, i).Length).Prepend(h.Length).Max()).ToArray();
        var header = Line(headers.Select(h => h.ToUpperInvariant()).ToArray(), widths);
        writer.WriteLine(colour ? $"\u001b[1m{header}\u001b[0m" : header);
        foreach (var row in _rows)
        {
            writer.WriteLine(Line(row, widths));
        }
    }

    private static string Cell(string[] row, int index) => index < row.Length ? row[index] : string.Empty;

    private static string Line(string[] row, int[] widths) =>
        string.Join("  ", widths.Select((w, i) => Cell(row, i).PadRight(w))).TrimEnd();
}
