using System.Diagnostics;

namespace Platform.EndToEndTests.Infrastructure;

/// <summary>
/// A host running as a process from its build output (<c>dotnet &lt;assembly&gt;.dll</c>), its standard output and
/// error kept so a failing test can show them, and killed on dispose. What makes it ready is the subclass's.
/// </summary>
public abstract class HostProcess : IAsyncDisposable
{
    /// <summary>How long a host may take to start before a test fails.</summary>
    protected static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly ProcessStartInfo _startInfo;
    private readonly List<string> _lines = [];
    private readonly Lock _gate = new();
    private Process _process = null!;

    /// <summary>Prepares (does not start) <c>dotnet <paramref name="assemblyPath"/></c> with <paramref name="environment"/>.</summary>
    protected HostProcess(string name, string assemblyPath, IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (!File.Exists(assemblyPath))
        {
            throw new InvalidOperationException($"{assemblyPath} does not exist: build the solution in the tests' configuration first.");
        }

        Name = name;
        _startInfo = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { assemblyPath },
            // The content root, where its appsettings.json is.
            WorkingDirectory = Path.GetDirectoryName(assemblyPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
        {
            _startInfo.Environment[key] = value;
        }
    }

    /// <summary>What its output lines are prefixed with: the context (<c>Agreements</c>, …) or <c>OfficerConsole</c>.</summary>
    public string Name { get; }

    /// <summary>How many lines it has written so far; pass it to <see cref="OutputSince"/>.</summary>
    public int OutputMark
    {
        get
        {
            lock (_gate)
            {
                return _lines.Count;
            }
        }
    }

    /// <summary>The running (or exited) process.</summary>
    protected Process Process => _process;

    /// <summary>The lines written since <paramref name="mark"/>, each prefixed with <see cref="Name"/>.</summary>
    public string OutputSince(int mark)
    {
        lock (_gate)
        {
            return string.Join(Environment.NewLine, _lines.Skip(mark).Select(line => $"[{Name}] {line}"));
        }
    }

    public virtual async ValueTask DisposeAsync()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It has already exited.
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Starts the process (again, after it exited) with the same settings.</summary>
    protected void Launch()
    {
        var process = new Process { StartInfo = _startInfo, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
    }

    /// <summary>Adds a line of the test's own (a kill, a restart) to the output, where it happened.</summary>
    protected void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _lines.Add(line);
        }
    }

    /// <summary>Polls <paramref name="isReady"/> until it says yes; fails with the output if the process exits or <see cref="StartTimeout"/> passes.</summary>
    protected async Task WaitUntilAsync(Func<Task<bool>> isReady, string readiness)
    {
        ArgumentNullException.ThrowIfNull(isReady);
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode} while starting:{Environment.NewLine}{OutputSince(0)}");
            }

            if (await isReady())
            {
                return;
            }

            if (Stopwatch.GetElapsedTime(started) > StartTimeout)
            {
                throw new InvalidOperationException($"{Name} did not {readiness} within {StartTimeout.TotalSeconds} s:{Environment.NewLine}{OutputSince(0)}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }
}
