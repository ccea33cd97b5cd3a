namespace Platform.LoadGenerator.Scenarios;

/// <summary>The scenarios by name: add a new one here.</summary>
internal static class ScenarioCatalog
{
    private static readonly Dictionary<string, Func<ScenarioContext, IScenario>> s_scenarios = new(StringComparer.Ordinal)
    {
        ["baseline-constant"] = context => new BaselineConstantScenario(context),
        ["baseline-insert"] = context => new BaselineInsertScenario(context),
        ["file-complaint"] = context => new FileComplaintScenario(context),
        ["get-complaint"] = context => new GetComplaintScenario(context),
        ["list-complaints"] = context => new ListComplaintsScenario(context),
        ["list-complaints-received"] = context => new ListComplaintsScenario(context, ComplaintListFilter.Received),
        ["list-complaints-overdue"] = context => new ListComplaintsScenario(context, ComplaintListFilter.Overdue),
        ["list-complaints-overdue-all"] = context => new ListComplaintsScenario(context, ComplaintListFilter.OverdueEverywhere),
        ["list-complaints-page2"] = context => new ListComplaintsScenario(context, ComplaintListFilter.SecondPage),
        ["resolution-stats"] = context => new ResolutionStatsScenario(context),
        ["clock-wave"] = context => new ClockWaveScenario(context),
        ["get-compliance-report"] = context => new ComplianceReportScenario(context),
        ["list-breaches"] = context => new ListBreachesScenario(context),
    };

    public static IEnumerable<string> Names => s_scenarios.Keys;

    public static IScenario Create(string name, ScenarioContext context) =>
        s_scenarios.TryGetValue(name, out var create)
            ? create(context)
            : throw new ArgumentException($"Unknown scenario '{name}'; known: {string.Join(", ", Names)}.", nameof(name));
}
