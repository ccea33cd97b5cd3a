namespace Platform.IntegrationTests.Services.Complaints;

/// <summary>A Complaints host whose per-complaint limits last seconds: 1 s of waiting credited in all, and a quiet period of 2 s.</summary>
public sealed class ShortLimitsFixture() : ComplaintsFixture(Settings)
{
    private static Dictionary<string, string?> Settings => new()
    {
        ["Complaints:PauseCap"] = "00:00:01",
        ["Complaints:QuietPeriod"] = "00:00:02",
    };
}
