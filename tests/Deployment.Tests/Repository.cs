using System.Diagnostics;

namespace Platform.Deployment.Tests;

/// <summary>Files of this repository, and the command-line checkers deploy/local/tools.sh fetches.</summary>
internal static class Repository
{
    /// <summary>The repository's root: the nearest parent folder of the test binaries that holds Platform.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    public static string Read(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>
    /// Runs one of the fetched tools (kubectl, promtool) and returns its standard output; a non-zero exit fails
    /// the test with everything the tool printed.
    /// </summary>
    public static string RunTool(string tool, params string[] arguments)
    {
        var bin = Environment.GetEnvironmentVariable("PLATFORM_TOOLS_BIN") is { Length: > 0 } configured
            ? configured
            : PathOf(".local/tools/usr/bin");
        var path = Path.Combine(bin, tool);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{path} is missing: run `bash deploy/local/tools.sh` (test.sh does).");
        }

        var start = new ProcessStartInfo(path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Root,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} {string.Join(' ', arguments)} did not finish within a minute.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{tool} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{output.Result}\n{errors.Result}");
        }

        return output.Result;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Platform.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Platform.sln above {AppContext.BaseDirectory}.");
    }
}
