using System.Text.Json;
using System.Text.RegularExpressions;

namespace Platform.Deployment.Tests.Observability;

/// <summary>
/// deploy/RUNBOOK.md says only what is true of this repository: every alert's <c>runbook_url</c> lands on one of its
/// headings, every repository path and link it gives exists, and every <c>Section__Key</c> setting it names is one a
/// service reads (the option classes' sections and properties in services/, and the services' appsettings.json).
/// </summary>
public sealed partial class RunbookTests
{
    private const string Runbook = "deploy/RUNBOOK.md";
    private const string Alerts = "deploy/observability/prometheus/alerts.yml";
    private static readonly string[] s_pathRoots = ["deploy/", "services/", "tests/", "tools/"];

    [Fact]
    public void Every_alert_runbook_url_lands_on_a_heading_of_the_runbook()
    {
        var anchors = Parse(Repository.Read(Runbook)).Anchors;
        var rules = Yaml.Load(Alerts).At("groups").List().SelectMany(group => group.At("rules").List())
            .Where(rule => rule.At("alert").Text() is not null)
            .ToList();
        var problems = new List<string>();
        foreach (var rule in rules)
        {
            var url = rule.At("annotations").At("runbook_url").Text() ?? string.Empty;
            var (file, anchor) = Split(url);
            if (file != Runbook || !anchors.Contains(anchor))
            {
                problems.Add($"{rule.At("alert").Text()}: runbook_url {url} is not a heading of {Runbook}");
            }
        }

        Assert.NotEmpty(rules);
        Assert.Empty(problems);
    }

    [Fact]
    public void Every_repository_path_the_runbook_names_exists()
    {
        var paths = Parse(Repository.Read(Runbook)).Code
            .SelectMany(code => Tokens().Split(code))
            .Select(CleanPath)
            .Where(token => s_pathRoots.Any(root => token.StartsWith(root, StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var missing = paths.Where(path => !Exists(path)).ToList();

        Assert.True(paths.Count > 10, $"{Runbook}: only {paths.Count} repository paths found in code; is the parser broken?");
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_link_of_the_runbook_resolves()
    {
        var runbook = Parse(Repository.Read(Runbook));
        var problems = new List<string>();
        foreach (var target in runbook.Prose.SelectMany(line => Link().Matches(line)).Select(m => m.Groups["target"].Value))
        {
            if (target.StartsWith("http://", StringComparison.Ordinal) || target.StartsWith("https://", StringComparison.Ordinal))
            {
                continue;
            }

            var (file, anchor) = Split(target);
            var path = file.Length == 0 ? Repository.PathOf(Runbook) : Path.GetFullPath(Path.Combine(Repository.PathOf(Path.GetDirectoryName(Runbook)!), file));
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                problems.Add($"{target}: no {path}");
            }
            else if (anchor.Length > 0 && !(file.Length == 0 ? runbook : Parse(File.ReadAllText(path))).Anchors.Contains(anchor))
            {
                problems.Add($"{target}: no heading #{anchor} in {path}");
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Every_setting_the_runbook_names_is_one_a_service_reads()
    {
        var settings = SettingName().Matches(Repository.Read(Runbook))
            .Select(m => m.Value.TrimEnd('_'))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var read = ServiceConfiguration.Read();
        var unknown = settings.Where(setting => !read.Accepts(setting.Replace("__", ":", StringComparison.Ordinal))).ToList();

        Assert.True(settings.Count > 5, $"{Runbook}: only {settings.Count} settings found; is the pattern broken?");
        Assert.Empty(unknown);
    }

    private static (string File, string Anchor) Split(string target) =>
        target.IndexOf('#', StringComparison.Ordinal) is var hash and >= 0 ? (target[..hash], target[(hash + 1)..]) : (target, string.Empty);

    /// <summary>A code token as a path: no trailing punctuation, anchor or line number.</summary>
    private static string CleanPath(string token)
    {
        var path = token.StartsWith("./", StringComparison.Ordinal) ? token[2..] : token;
        path = path.Split('#')[0].TrimEnd('.', ':', ',', ';');
        return LineNumber().Replace(path, string.Empty);
    }

    /// <summary>Whether the path exists; <c>&lt;placeholder&gt;</c>, <c>$variable</c> and <c>*</c> match any one name.</summary>
    private static bool Exists(string path)
    {
        var segments = Placeholder().Replace(path, "*").TrimEnd('/').Split('/');
        IEnumerable<string> found = [Repository.Root];
        foreach (var segment in segments)
        {
            var pattern = new Regex($"^{Regex.Escape(segment).Replace(@"\*", ".*", StringComparison.Ordinal)}$");
            found = found.Where(Directory.Exists)
                .SelectMany(dir => Directory.EnumerateFileSystemEntries(dir).Where(entry => pattern.IsMatch(Path.GetFileName(entry))))
                .ToList();
        }

        return found.Any();
    }

    /// <summary>
    /// Headings (with their GitHub anchors: lower case, punctuation dropped, spaces to hyphens, <c>-1</c> on a repeat),
    /// the text inside code (fenced blocks and inline spans), and the prose lines outside fenced blocks.
    /// </summary>
    private static Markdown Parse(string markdown)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var code = new List<string>();
        var prose = new List<string>();
        string? fence = null;
        foreach (var line in markdown.Split('\n'))
        {
            var trimmed = line.TrimStart();
            if (fence is not null)
            {
                if (trimmed.StartsWith(fence, StringComparison.Ordinal))
                {
                    fence = null;
                }
                else
                {
                    code.Add(line);
                }
            }
            else if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                fence = trimmed[..3];
            }
            else
            {
                prose.Add(line);
                code.AddRange(InlineCode().Matches(line).Select(m => m.Groups["code"].Value));
                if (Heading().Match(line) is { Success: true } heading)
                {
                    var slug = NotInAnchor().Replace(heading.Groups["text"].Value.Trim().ToLowerInvariant(), string.Empty).Replace(' ', '-');
                    var anchor = slug;
                    for (var n = 1; !anchors.Add(anchor); n++)
                    {
                        anchor = $"{slug}-{n}";
                    }
                }
            }
        }

        return new Markdown(anchors, code, prose);
    }

    private sealed record Markdown(IReadOnlySet<string> Anchors, IReadOnlyList<string> Code, IReadOnlyList<string> Prose);

    /// <summary>
    /// The configuration keys (<c>:</c>-separated, any case) the services read: each option class's section (its
    /// <c>Section</c> constant, or the <c>GetSection("…")</c> it is bound from) with its properties, the keys read one by
    /// one (<c>GetValue("…")</c>, <c>["…"]</c>, <c>GetConnectionString("…")</c>), and every key of their appsettings.json.
    /// A list or dictionary property accepts any key below it (<c>Authentication:SigningKeys:0</c>); a section alone is
    /// accepted too (<c>Messaging:Outbox</c>).
    /// </summary>
    private sealed partial class ServiceConfiguration
    {
        private readonly HashSet<string> _keys = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _collections = new(StringComparer.OrdinalIgnoreCase);

        public static ServiceConfiguration Read()
        {
            var configuration = new ServiceConfiguration();
            var sections = new Dictionary<string, string>(StringComparer.Ordinal);
            var properties = new Dictionary<string, List<(string Name, bool Collection)>>(StringComparer.Ordinal);
            foreach (var text in SourceFiles("*.cs").Where(file => !IsMigration().IsMatch(file)).Select(File.ReadAllText))
            {
                var type = TypeName().Match(text).Groups["type"].Value;
                foreach (Match m in SectionConstant().Matches(text))
                {
                    sections[type] = m.Groups["section"].Value;
                }

                foreach (Match m in BoundSection().Matches(text))
                {
                    sections[m.Groups["type"].Value] = m.Groups["section"].Value;
                }

                foreach (Match m in SingleKey().Matches(text))
                {
                    configuration._keys.Add(m.Groups["key"].Success ? m.Groups["key"].Value : $"ConnectionStrings:{m.Groups["name"].Value}");
                }

                properties[type] = [.. Property().Matches(text).Select(m => (m.Groups["name"].Value, Collection().IsMatch(m.Groups["type"].Value)))];
            }

            foreach (var (type, section) in sections)
            {
                foreach (var (name, collection) in properties.GetValueOrDefault(type) ?? [])
                {
                    configuration._keys.Add($"{section}:{name}");
                    if (collection)
                    {
                        configuration._collections.Add($"{section}:{name}");
                    }
                }
            }

            foreach (var file in SourceFiles("appsettings*.json"))
            {
                using var json = JsonDocument.Parse(File.ReadAllText(file));
                configuration.AddJson(json.RootElement, prefix: null);
            }

            return configuration;
        }

        public bool Accepts(string key) =>
            _keys.Contains(key)
            || _keys.Any(known => known.StartsWith(key + ":", StringComparison.OrdinalIgnoreCase))
            || _collections.Any(collection => key.StartsWith(collection + ":", StringComparison.OrdinalIgnoreCase));

        private static IEnumerable<string> SourceFiles(string pattern) =>
            Directory.EnumerateFiles(Repository.PathOf("services"), pattern, SearchOption.AllDirectories)
                .Where(file => !IsBuildOutput().IsMatch(file));

        private void AddJson(JsonElement element, string? prefix)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                _keys.Add(prefix ?? string.Empty);
                return;
            }

            foreach (var property in element.EnumerateObject().Where(p => p.Name != "//"))
            {
                AddJson(property.Value, prefix is null ? property.Name : $"{prefix}:{property.Name}");
            }
        }

        [GeneratedRegex(@"[/\\](bin|obj)[/\\]")]
        private static partial Regex IsBuildOutput();

        [GeneratedRegex(@"[/\\]Migrations[/\\]")]
        private static partial Regex IsMigration();

        [GeneratedRegex(@"\b(?:class|record)\s+(?<type>\w+)")]
        private static partial Regex TypeName();

        [GeneratedRegex(@"const\s+string\s+Section\s*=\s*""(?<section>[^""]+)""")]
        private static partial Regex SectionConstant();

        [GeneratedRegex(@"Configure<(?<type>\w+)>\([^;]*?GetSection\(""(?<section>[^""]+)""\)|GetSection\(""(?<section>[^""]+)""\)\.Get<(?<type>\w+)>")]
        private static partial Regex BoundSection();

        [GeneratedRegex(@"GetValue(?:<[^>]+>)?\(""(?<key>[^""]+)""|\[""(?<key>[A-Za-z]+(?::[A-Za-z]+)+)""\]|GetConnectionString\(""(?<name>\w+)""\)")]
        private static partial Regex SingleKey();

        [GeneratedRegex(@"public\s+(?<type>[\w.<>\[\]?, ]+?)\s+(?<name>\w+)\s*\{\s*get;")]
        private static partial Regex Property();

        [GeneratedRegex(@"(?:List|Dictionary|Collection|Enumerable)<|\[\]")]
        private static partial Regex Collection();
    }

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+?)\s*#*\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"[^\p{L}\p{M}\p{N}\p{Pc} -]")]
    private static partial Regex NotInAnchor();

    [GeneratedRegex(@"`(?<code>[^`]+)`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"[\s""'`()\[\]{};|&=,]+")]
    private static partial Regex Tokens();

    [GeneratedRegex(@":\d+$")]
    private static partial Regex LineNumber();

    [GeneratedRegex(@"<[^>/]*>|\$\w+")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\b[A-Z][A-Za-z]+__[A-Za-z0-9_]+")]
    private static partial Regex SettingName();
}
