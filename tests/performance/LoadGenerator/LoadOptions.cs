namespace Platform.LoadGenerator;

/// <summary>What to run, against what, and how hard: the command line, parsed.</summary>
internal sealed record LoadOptions(
    string Scenario,
    Uri Target,
    int Concurrency,
    TimeSpan Duration,
    TimeSpan Warmup,
    double Rate,
    int Channels,
    string? Token,
    Uri AgreementsTarget,
    string? AgreementsToken,
    string? AgreementId,
    int Seed,
    TimeSpan ClockLead,
    double FireRate)
{
    /// <summary>Open loop: requests start on a fixed schedule whatever the latency; closed loop otherwise.</summary>
    public bool OpenLoop => Rate > 0;
}
