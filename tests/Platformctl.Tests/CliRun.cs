namespace Platform.Platformctl.Tests;

/// <summary>What one run of platformctl wrote and returned.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error);
