using System.Text;

namespace Platform.SharedKernel.Calendar;

/// <summary>
/// One content line of an iCalendar file (RFC 5545 §3.1), <c>NAME;PARAM=value:VALUE</c>, after unfolding,
/// with the number of the physical line it starts on.
/// </summary>
internal sealed record ICalendarContentLine(int LineNumber, string Name, IReadOnlyDictionary<string, string> Parameters, string Value)
{
    /// <summary>Splits the text into lines at CRLF, LF or CR, joins folded lines (those starting with a space or tab) and parses each.</summary>
    public static IEnumerable<ICalendarContentLine> Read(string content)
    {
        var pending = new StringBuilder();
        var pendingLine = 0;
        var lineNumber = 0;
        var position = content.StartsWith('\uFEFF') ? 1 : 0;
        while (position <= content.Length)
        {
            var end = content.IndexOfAny(['\r', '\n'], position);
            var physical = content.AsMemory(position, (end < 0 ? content.Length : end) - position);
            position = end < 0 ? content.Length + 1
                : end + (content[end] == '\r' && end + 1 < content.Length && content[end + 1] == '\n' ? 2 : 1);
            lineNumber++;
            if (pending.Length > 0 && physical.Length > 0 && physical.Span[0] is ' ' or '\t')
            {
                pending.Append(physical[1..]);
                continue;
            }

            if (pending.Length > 0)
            {
                yield return Parse(pendingLine, pending.ToString());
            }

            pending.Clear().Append(physical);
            pendingLine = lineNumber;
        }

        if (pending.Length > 0)
        {
            yield return Parse(pendingLine, pending.ToString());
        }
    }

    private static ICalendarContentLine Parse(int lineNumber, string text)
    {
        var nameEnd = text.IndexOfAny([';', ':']);
        if (nameEnd <= 0 || !text[..nameEnd].All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw Invalid(lineNumber, $"'{Shorten(text)}' is not an iCalendar content line (NAME:value).");
        }

        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var position = nameEnd;
        while (text[position] == ';')
        {
            var (parameter, next) = ReadParameter(text, position + 1, lineNumber);
            var equals = parameter.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw Invalid(lineNumber, $"parameter '{Shorten(parameter)}' has no value (NAME=value).");
            }

            parameters[parameter[..equals]] = parameter[(equals + 1)..].Trim('"');
            position = next;
        }

        return new ICalendarContentLine(lineNumber, text[..nameEnd].ToUpperInvariant(), parameters, text[(position + 1)..]);
    }

    /// <summary>Reads one parameter up to the next ';' or ':' outside double quotes; returns it and the index of that delimiter.</summary>
    private static (string Parameter, int Delimiter) ReadParameter(string text, int start, int lineNumber)
    {
        var quoted = false;
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && text[i] is ';' or ':')
            {
                return (text[start..i], i);
            }
        }

        throw Invalid(lineNumber, $"'{Shorten(text)}' has no ':' before its value.");
    }

    public static RuleViolationException Invalid(int lineNumber, string problem) =>
        RuleViolationException.Invalid(CalendarFields.HolidaysICal, $"{CalendarFields.HolidaysICal} line {lineNumber}: {problem}");

    public static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
