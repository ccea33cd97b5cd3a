using System.Diagnostics;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.EndToEndTests.Infrastructure;

/// <summary>
/// One service running as a process from its build output (<c>dotnet Platform.&lt;Ctx&gt;.dll</c>), its
/// standard output and error kept so a failing test can show them, and killed on dispose.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly ProcessStartInfo _startInfo;
    private readonly List<string> _lines = [];
    private readonly Lock _gate = new();
    private Process _process = null!;

    private ServiceProcess(string context, int grpcPort, ProcessStartInfo startInfo, GrpcChannel channel)
    {
        Context = context;
        GrpcPort = grpcPort;
        _startInfo = startInfo;
        Channel = channel;
    }

    /// <summary>The bounded context, as in <c>services/&lt;Ctx&gt;</c>.</summary>
    public string Context { get; }

    public int GrpcPort { get; }

    /// <summary>The one channel to this service, shared by its clients.</summary>
    public GrpcChannel Channel { get; }

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

    /// <summary>Starts <c>services/&lt;context&gt;/bin/&lt;configuration&gt;/net10.0/Platform.&lt;context&gt;.dll</c> with <paramref name="environment"/>.</summary>
    public static ServiceProcess Start(string assemblyPath, string context, int grpcPort, IReadOnlyDictionary<string, string> environment) =>
        Start(assemblyPath, context, grpcPort, environment, new Uri($"http://127.0.0.1:{grpcPort}"), new SocketsHttpHandler { EnableMultipleHttp2Connections = true });

    /// <summary>
    /// As <see cref="Start(string, string, int, IReadOnlyDictionary{string, string})"/>, with <see cref="Channel"/> (and so
    /// <see cref="WaitUntilServingAsync"/>) going to <paramref name="address"/> through <paramref name="handler"/>: an
    /// <c>https</c> address and a handler that trusts the service's certificate, for a service serving TLS.
    /// </summary>
    public static ServiceProcess Start(
        string assemblyPath, string context, int grpcPort, IReadOnlyDictionary<string, string> environment, Uri address, HttpMessageHandler handler)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (!File.Exists(assemblyPath))
        {
            throw new InvalidOperationException($"{assemblyPath} does not exist: build the solution in the tests' configuration first.");
        }

        var startInfo = new ProcessStartInfo("dotnet")
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
            startInfo.Environment[key] = value;
        }

        var service = new ServiceProcess(context, grpcPort, startInfo, TestIdentity.Channel(address, handler));
        service.Launch();
        return service;
    }

    /// <summary>
    /// Kills the process with SIGKILL, as a crash or an OOM kill would (no shutdown, nothing flushed), starts it
    /// again with the same settings and waits until it serves; <see cref="Channel"/> reconnects by itself.
    /// </summary>
    public async Task KillAndRestartAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        Keep($"--- killed with SIGKILL at {DateTimeOffset.UtcNow:O}; starting again ---");
        Launch();
        await WaitUntilServingAsync();
    }

    /// <summary>
    /// Sends SIGTERM, as a container runtime or Kubernetes does to stop a container, and waits (at most
    /// <paramref name="patience"/>, then SIGKILL and a failure) for the process to exit by itself. Returns its exit
    /// code and how long it took to stop.
    /// </summary>
    public async Task<(int ExitCode, TimeSpan Took)> TerminateAsync(TimeSpan patience)
    {
        var started = Stopwatch.GetTimestamp();
        Keep($"--- SIGTERM at {DateTimeOffset.UtcNow:O} ---");
        using (var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) } })!)
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(patience);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{Context} still ran {patience.TotalSeconds} s after SIGTERM:{Environment.NewLine}{OutputSince(0)}");
        }

        return (_process.ExitCode, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>Starts the process again (after <see cref="TerminateAsync"/>) with the same settings and waits until it serves.</summary>
    public async Task StartAgainAsync()
    {
        _process.Dispose();
        Keep($"--- starting again at {DateTimeOffset.UtcNow:O} ---");
        Launch();
        await WaitUntilServingAsync();
    }

    private void Launch()
    {
        var process = new Process { StartInfo = _startInfo, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
    }

    /// <summary>Waits until grpc.health.v1 answers SERVING; fails if the process exits or the time runs out.</summary>
    public async Task WaitUntilServingAsync()
    {
        var health = new Health.HealthClient(Channel);
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Context} exited with code {_process.ExitCode} while starting:{Environment.NewLine}{OutputSince(0)}");
            }

            try
            {
                var reply = await health.CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(5));
                if (reply.Status == HealthCheckResponse.Types.ServingStatus.Serving)
                {
                    return;
                }
            }
            catch (RpcException)
            {
                // Not listening yet.
            }

            if (Stopwatch.GetElapsedTime(started) > StartTimeout)
            {
                throw new InvalidOperationException($"{Context} did not answer SERVING within {StartTimeout.TotalSeconds} s:{Environment.NewLine}{OutputSince(0)}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }

    /// <summary>Waits until the process exits by itself (a start that must fail) and returns its exit code; fails if it still runs after the start timeout.</summary>
    public async Task<int> ExitCodeAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new InvalidOperationException($"{Context} still runs after {StartTimeout.TotalSeconds} s:{Environment.NewLine}{OutputSince(0)}");
        }

        return _process.ExitCode;
    }

    /// <summary>The lines written since <paramref name="mark"/>, each prefixed with the context.</summary>
    public string OutputSince(int mark)
    {
        lock (_gate)
        {
            return string.Join(Environment.NewLine, _lines.Skip(mark).Select(line => $"[{Context}] {line}"));
        }
    }

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
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
    }

    private void Keep(string? line)
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
}
