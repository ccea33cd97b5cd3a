namespace Platform.EndToEndTests.Infrastructure;

/// <summary>
/// A web host (the officer console) running as a process from its build output, ready once <c>GET /healthz</c>
/// answers 200; its output kept for a failing test, and killed on dispose.
/// </summary>
public sealed class WebProcess : HostProcess
{
    private readonly HttpClient _http;

    private WebProcess(string name, string assemblyPath, IReadOnlyDictionary<string, string> environment, Uri baseAddress)
        : base(name, assemblyPath, environment)
    {
        BaseAddress = baseAddress;
        _http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
    }

    /// <summary>Where it serves, ending in <c>/</c>: <c>http://127.0.0.1:&lt;port&gt;/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Starts <c>dotnet <paramref name="assemblyPath"/></c>, which serves at <paramref name="baseAddress"/>; see <see cref="WaitUntilHealthyAsync"/>.</summary>
    public static WebProcess Start(string assemblyPath, string name, Uri baseAddress, IReadOnlyDictionary<string, string> environment)
    {
        var host = new WebProcess(name, assemblyPath, environment, baseAddress);
        host.Launch();
        return host;
    }

    /// <summary>Waits until <c>GET /healthz</c> answers 200; fails with its output if it exits or the start timeout passes.</summary>
    public Task WaitUntilHealthyAsync() =>
        WaitUntilAsync(
            async () =>
            {
                try
                {
                    using var response = await _http.GetAsync(new Uri("healthz", UriKind.Relative));
                    return response.StatusCode == System.Net.HttpStatusCode.OK;
                }
                catch (HttpRequestException)
                {
                    return false; // Not listening yet.
                }
                catch (TaskCanceledException)
                {
                    return false; // Listening, not answering yet.
                }
            },
            "answer 200 on /healthz");

    public override async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await base.DisposeAsync();
    }
}
