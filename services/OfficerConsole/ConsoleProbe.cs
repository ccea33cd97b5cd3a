using System.Globalization;

namespace Platform.OfficerConsole;

/// <summary>
/// <c>dotnet Platform.OfficerConsole.dll probe</c>: the container health check, as the chiseled image has no curl. GETs
/// the running console's <c>/healthz</c> on its HTTP port (<c>Ports__Http</c>, else 5300 as the console itself) and exits
/// 0 when it answers 2xx, else 1. The services' <c>ServiceCommands</c> asks <c>/readyz</c> and would bring their database
/// and broker code along; the console has neither, so it has this.
/// </summary>
internal static class ConsoleProbe
{
    private const int DefaultPort = 5300;
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(4);

    /// <summary>True when the process was started to probe a running console: call <see cref="RunAsync"/> and exit.</summary>
    public static bool IsProbe(string[] args) => args is ["probe"];

    public static async Task<int> RunAsync()
    {
        var configured = Environment.GetEnvironmentVariable("Ports__Http");
        var port = DefaultPort;
        if (!string.IsNullOrEmpty(configured)
            && (!int.TryParse(configured, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is 0 or > 65535))
        {
            await Console.Error.WriteLineAsync($"probe: Ports__Http is '{configured}', not a port number.");
            return 1;
        }

        var url = new Uri($"http://127.0.0.1:{port}/healthz");
        // Never through a proxy from the environment: the console is on this host.
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = s_timeout };
        try
        {
            using var response = await http.GetAsync(url);
            await Console.Out.WriteLineAsync($"probe: {url} answered {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            await Console.Error.WriteLineAsync($"probe: {url} did not answer: {ex.Message}");
            return 1;
        }
    }
}
