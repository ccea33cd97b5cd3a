namespace Platform.Platformctl.Clients;

/// <summary>The four services platformctl talks to, with their flag, environment variable and default URL.</summary>
internal sealed record ServiceName(string Name, string EnvironmentVariable, string DefaultUrl)
{
    public static readonly ServiceName Agreements = new("agreements", "PLATFORM_AGREEMENTS_URL", "http://127.0.0.1:5101");
    public static readonly ServiceName Complaints = new("complaints", "PLATFORM_COMPLAINTS_URL", "http://127.0.0.1:5102");
    public static readonly ServiceName Assurance = new("assurance", "PLATFORM_ASSURANCE_URL", "http://127.0.0.1:5103");
    public static readonly ServiceName Disputes = new("disputes", "PLATFORM_DISPUTES_URL", "http://127.0.0.1:5104");

    public static IReadOnlyList<ServiceName> All { get; } = [Agreements, Complaints, Assurance, Disputes];

    public string Flag => $"--{Name}-url";
}
