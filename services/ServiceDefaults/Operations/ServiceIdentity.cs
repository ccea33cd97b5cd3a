using System.Diagnostics;
using System.Reflection;

namespace Platform.ServiceDefaults.Operations;

/// <summary>Which build of which service this process runs, and since when.</summary>
/// <param name="Service">The service's name, e.g. "complaints".</param>
/// <param name="Version">Product version of the entry assembly, e.g. "1.0.0".</param>
/// <param name="Commit">Source commit the build recorded (the SDK appends it to the informational version); empty when none.</param>
/// <param name="StartedAt">When the process started.</param>
public sealed record ServiceIdentity(string Service, string Version, string Commit, DateTimeOffset StartedAt)
{
    /// <summary>
    /// The identity of this process, from the informational version (<c>1.0.0+&lt;commit&gt;</c>) of the
    /// service's application assembly (not the entry assembly, which is a test runner in tests).
    /// </summary>
    public static ServiceIdentity Of(string service, string applicationName)
    {
        var informational = Assembly.Load(new AssemblyName(applicationName))
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        var version = plus < 0 ? informational : informational[..plus];
        var commit = plus < 0 ? string.Empty : informational[(plus + 1)..];
        using var process = Process.GetCurrentProcess();
        return new ServiceIdentity(service, version, commit, process.StartTime.ToUniversalTime());
    }
}
