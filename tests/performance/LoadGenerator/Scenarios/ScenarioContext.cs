using Grpc.Core;
using Grpc.Net.Client;

namespace Platform.LoadGenerator.Scenarios;

/// <summary>What scenarios share: the options, the channels to the target, and the calls' metadata.</summary>
internal sealed class ScenarioContext : IDisposable
{
    private static readonly TimeSpan s_deadline = TimeSpan.FromSeconds(30);

    private readonly GrpcChannel[] _channels;
    private readonly Metadata _headers;
    private readonly Metadata _agreementsHeaders;

    public ScenarioContext(LoadOptions options)
    {
        Options = options;
        _channels = [.. Enumerable.Range(0, Math.Max(1, options.Channels)).Select(_ => CreateChannel(options.Target))];
        _headers = Bearer(options.Token);
        _agreementsHeaders = Bearer(options.AgreementsToken);
    }

    public LoadOptions Options { get; }

    /// <summary>The agreement the scenario worked under, once its setup has one (reported with the results).</summary>
    public string? AgreementId { get; set; }

    /// <summary>One client per channel; worker <c>w</c> uses <c>clients[w % clients.Length]</c>.</summary>
    public T[] Clients<T>(Func<GrpcChannel, T> create) => [.. _channels.Select(create)];

    /// <summary>Options of a call to the target: its token and a deadline.</summary>
    public CallOptions Call(CancellationToken cancellationToken) =>
        new(_headers, DateTime.UtcNow + s_deadline, cancellationToken);

    /// <summary>Options of a setup call to Agreements.</summary>
    public CallOptions AgreementsCall(CancellationToken cancellationToken) =>
        new(_agreementsHeaders, DateTime.UtcNow + s_deadline, cancellationToken);

    public static GrpcChannel CreateChannel(Uri address) => GrpcChannel.ForAddress(address, new GrpcChannelOptions
    {
        HttpHandler = new SocketsHttpHandler
        {
            EnableMultipleHttp2Connections = true,
            PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
            KeepAlivePingDelay = TimeSpan.FromSeconds(60),
        },
        DisposeHttpClient = true,
    });

    public void Dispose()
    {
        foreach (var channel in _channels)
        {
            channel.Dispose();
        }
    }

    private static Metadata Bearer(string? token) => token is null ? [] : new Metadata { { "authorization", $"Bearer {token}" } };
}
