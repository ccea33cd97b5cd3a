using System.Text.Json;
using System.Text.RegularExpressions;

namespace Platform.Deployment.Tests.Observability;

/// <summary>
/// Just enough of PromQL to find the metrics and label names an expression uses, and promtool to say whether it
/// parses at all.
/// </summary>
internal static partial class PromQl
{
    // Words that are not metric names where a metric name could stand.
    private static readonly HashSet<string> s_keywords = new(StringComparer.Ordinal)
    {
        "and", "or", "unless", "by", "without", "on", "ignoring", "group_left", "group_right", "offset", "bool",
        "sum", "min", "max", "avg", "group", "stddev", "stdvar", "count", "count_values", "bottomk", "topk", "quantile",
        "inf", "nan", "Inf", "NaN",
    };

    /// <summary>Metric names the expression selects.</summary>
    public static IReadOnlySet<string> Metrics(string expression)
    {
        var code = StringLiteral().Replace(expression, "\"\"");
        code = Matchers().Replace(code, " ");
        code = Range().Replace(code, " ");
        code = Grouping().Replace(code, " ");
        var metrics = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match word in Identifier().Matches(code))
        {
            if (!s_keywords.Contains(word.Groups["name"].Value) && !word.Groups["call"].Success)
            {
                metrics.Add(word.Groups["name"].Value);
            }
        }

        return metrics;
    }

    /// <summary>Label names the expression matches on or groups by.</summary>
    public static IReadOnlySet<string> Labels(string expression)
    {
        var code = StringLiteral().Replace(expression, "\"\"");
        var labels = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match matchers in Matchers().Matches(code))
        {
            foreach (Match label in MatcherLabel().Matches(matchers.Value))
            {
                labels.Add(label.Groups["label"].Value);
            }
        }

        foreach (Match grouping in Grouping().Matches(code))
        {
            foreach (var label in grouping.Groups["labels"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                labels.Add(label);
            }
        }

        return labels;
    }

    /// <summary>
    /// Problems with the metrics and labels of one expression: a <c>platform_*</c> metric not in the catalogue,
    /// any other metric not catalogued, a label none of its metrics carries.
    /// </summary>
    public static IEnumerable<string> CatalogueProblems(string where, string expression)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var metric in Metrics(expression))
        {
            if (MetricCatalogue.LabelsOf(metric) is { } labels)
            {
                known.UnionWith(labels);
            }
            else
            {
                yield return MetricCatalogue.IsPlatformMetric(metric)
                    ? $"{where}: {metric} is not a metric the services export (MetricCatalogue.Platform)"
                    : $"{where}: {metric} is not catalogued (MetricCatalogue.Others)";
            }
        }

        foreach (var label in Labels(expression).Where(l => !known.Contains(l)))
        {
            yield return $"{where}: label {label} is on none of the metrics {string.Join(", ", Metrics(expression))}";
        }
    }

    /// <summary>
    /// Runs <c>promtool check rules</c> on the expressions as recording rules: it fails the test with promtool's
    /// message when one does not parse.
    /// </summary>
    public static void CheckWithPromtool(IReadOnlyList<(string Name, string Expression)> expressions)
    {
        // YAML is a superset of JSON: a JSON rules file needs no YAML quoting of the expressions.
        var rules = new
        {
            groups = new[]
            {
                new { name = "expressions", rules = expressions.Select((e, i) => new { record = $"expression_{i}", expr = e.Expression }).ToArray() },
            },
        };
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"promql-{Guid.NewGuid():N}.yml");
        File.WriteAllText(path, JsonSerializer.Serialize(rules));
        try
        {
            Repository.RunTool("promtool", "check", "rules", path);
        }
        catch (InvalidOperationException ex)
        {
            var index = string.Join('\n', expressions.Select((e, i) => $"  expression_{i} = {e.Name}: {e.Expression}"));
            throw new Xunit.Sdk.XunitException($"{ex.Message}\nwhere\n{index}");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Matchers();

    [GeneratedRegex(@"(?<label>[a-zA-Z_][a-zA-Z0-9_]*)\s*(=~|!~|!=|=)")]
    private static partial Regex MatcherLabel();

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Range();

    [GeneratedRegex(@"\b(by|without|on|ignoring|group_left|group_right)\s*\((?<labels>[^)]*)\)")]
    private static partial Regex Grouping();

    // A word, and whether it is called (a function or an aggregation); words inside numbers ("1e3", "0x1f") or
    // durations ("1h") start with a digit and are skipped by the look-behind.
    [GeneratedRegex(@"(?<![a-zA-Z0-9_:.])(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(?<call>\s*\()?")]
    private static partial Regex Identifier();
}
