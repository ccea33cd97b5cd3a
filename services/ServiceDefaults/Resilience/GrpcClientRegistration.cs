using Grpc.Net.ClientFactory;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.ServiceDefaults.Resilience;

public static class GrpcClientRegistration
{
    /// <summary>
    /// Adds a typed gRPC client for another service: one reused channel with several HTTP/2 connections
    /// (100 streams each), the resilience pipeline (one circuit breaker per channel), and trace propagation.
    /// </summary>
    public static IHttpClientBuilder AddPlatformGrpcClient<TClient>(this IServiceCollection services, Uri address, GrpcResilienceOptions? resilience = null)
        where TClient : class
    {
        var options = resilience ?? new GrpcResilienceOptions();
        return services
            .AddGrpcClient<TClient>(o => o.Address = address)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                EnableMultipleHttp2Connections = true,
                PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
                KeepAlivePingDelay = TimeSpan.FromSeconds(60),
                KeepAlivePingTimeout = TimeSpan.FromSeconds(30),
            })
            .AddInterceptor(InterceptorScope.Channel, sp => new ResilienceInterceptor(options, sp.GetService<TimeProvider>() ?? TimeProvider.System));
    }
}
