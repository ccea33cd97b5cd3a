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
public sealed class ServiceProcess : HostProcess
{
    private ServiceProcess(string assemblyPath, string context, int grpcPort, IReadOnlyDictionary<string, string> environment, GrpcChannel channel)
        : base(context, assemblyPath, environment)
    {
        GrpcPort = grpcPort;
        Channel = channel;
    }

    /// <summary>The bounded context, as in <c>services/&lt;Ctx&gt;</c>.</summary>
    public string Context => Name;

    public int GrpcPort { get; }

    /// <summary>The one channel to this service, shared by its clients.</summary>
    public GrpcChannel Channel { get; }

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
        var service = new ServiceProcess(assemblyPath, context, grpcPort, environment, TestIdentity.Channel(address, handler));
        service.Launch();
        return service;
    }

    /// <summary>
    /// Kills the process with SIGKILL, as a crash or an OOM kill would (no shutdown, nothing flushed), starts it
    /// again with the same settings and waits until it serves; <see cref="Channel"/> reconnects by itself.
    /// </summary>
    public async Task KillAndRestartAsync()
    {
        Process.Kill(entireProcessTree: true);
        await Process.WaitForExitAsync();
        Process.Dispose();
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
        using (var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) } })!)
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(patience);
        try
        {
            await Process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{Context} still ran {patience.TotalSeconds} s after SIGTERM:{Environment.NewLine}{OutputSince(0)}");
        }

        return (Process.ExitCode, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>Starts the process again (after <see cref="TerminateAsync"/>) with the same settings and waits until it serves.</summary>
    public async Task StartAgainAsync()
    {
        Process.Dispose();
        Keep($"--- starting again at {DateTimeOffset.UtcNow:O} ---");
        Launch();
        await WaitUntilServingAsync();
    }

    /// <summary>Waits until grpc.health.v1 answers SERVING; fails if the process exits or the time runs out.</summary>
    public Task WaitUntilServingAsync()
    {
        var health = new Health.HealthClient(Channel);
        return WaitUntilAsync(
            async () =>
            {
                try
                {
                    var reply = await health.CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(5));
                    return reply.Status == HealthCheckResponse.Types.ServingStatus.Serving;
                }
                catch (RpcException)
                {
                    return false; // Not listening yet.
                }
            },
            "answer SERVING");
    }

    /// <summary>Waits until the process exits by itself (a start that must fail) and returns its exit code; fails if it still runs after the start timeout.</summary>
    public async Task<int> ExitCodeAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        try
        {
            await Process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new InvalidOperationException($"{Context} still runs after {StartTimeout.TotalSeconds} s:{Environment.NewLine}{OutputSince(0)}");
        }

        return Process.ExitCode;
    }

    public override async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        await base.DisposeAsync();
    }
}
