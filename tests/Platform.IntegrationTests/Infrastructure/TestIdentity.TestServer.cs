using Grpc.Net.Client;
using Microsoft.AspNetCore.TestHost;

namespace Platform.IntegrationTests.Infrastructure;

public static partial class TestIdentity
{
    /// <summary>A channel to an in-process host whose calls carry <paramref name="token"/> (default <see cref="Everything"/>); none when empty.</summary>
    public static GrpcChannel Channel(TestServer server, string? token = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        return Channel(server.BaseAddress, server.CreateHandler(), token);
    }
}
