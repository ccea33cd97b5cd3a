using Grpc.Core;
using Grpc.Net.Client;

namespace Platform.Platformctl.Clients;

/// <summary>
/// Makes one gRPC channel per service for the run of a command. Tests pass a handler per service name
/// (an in-process test server); otherwise a socket handler speaks HTTP/2 (cleartext for http:// URLs).
/// </summary>
internal sealed class PlatformClients(Func<string, HttpMessageHandler?>? handlers) : IDisposable
{
    private static readonly TimeSpan s_deadline = TimeSpan.FromSeconds(15);
    private readonly Dictionary<string, GrpcChannel> _channels = [];

    /// <summary>Options for one call: every call has a deadline.</summary>
    public static CallOptions Call(CancellationToken cancellationToken) =>
        new(deadline: DateTime.UtcNow.Add(s_deadline), cancellationToken: cancellationToken);

    /// <summary>The channel to <paramref name="service"/>; its calls carry <paramref name="token"/> when given.</summary>
    public GrpcChannel Channel(ServiceName service, string url, string? token)
    {
        if (_channels.TryGetValue(service.Name, out var channel))
        {
            return channel;
        }

        HttpMessageHandler handler = handlers?.Invoke(service.Name)
            ?? new SocketsHttpHandler { EnableMultipleHttp2Connections = true };
        var options = new GrpcChannelOptions { HttpHandler = handler, DisposeHttpClient = true };
        if (token is not null)
        {
            // Local platforms listen on cleartext HTTP/2; a token over it is only safe on a trusted network.
            var transport = url.StartsWith("https:", StringComparison.OrdinalIgnoreCase) ? ChannelCredentials.SecureSsl : ChannelCredentials.Insecure;
            options.Credentials = ChannelCredentials.Create(transport, CallCredentials.FromInterceptor((_, metadata) =>
            {
                metadata.Add("authorization", $"Bearer {token}");
                return Task.CompletedTask;
            }));
            options.UnsafeUseInsecureChannelCallCredentials = true;
        }

        channel = GrpcChannel.ForAddress(url, options);
        _channels[service.Name] = channel;
        return channel;
    }

    public void Dispose()
    {
        foreach (var channel in _channels.Values)
        {
            channel.Dispose();
        }
    }
}
