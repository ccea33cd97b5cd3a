using Grpc.Net.ClientFactory;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.ServiceDefaults.Security;

namespace Platform.ServiceDefaults.Resilience;

public static class GrpcClientRegistration
{
    /// <summary>
    /// Adds a typed gRPC client for another service: one reused channel with several HTTP/2 connections
    /// (100 streams each), the resilience pipeline (one circuit breaker per channel), trace propagation, and
    /// the bearer token of the caller being served, forwarded.
    /// </summary>
    public static IHttpClientBuilder AddPlatformGrpcClient<TClient>(this IServiceCollection services, Uri address, GrpcResilienceOptions? resilience = null)
        where TClient : class =>
        services.AddPlatformGrpcClient<TClient>(_ => address, resilience);

    /// <summary>
    /// As <see cref="AddPlatformGrpcClient{TClient}(IServiceCollection, Uri, GrpcResilienceOptions?)"/>, with the
    /// address worked out when the client is first made (from configuration that is complete by then), and the
    /// resilience settings, when not given, read then from the section <c>GrpcClients:Resilience</c>.
    /// </summary>
    public static IHttpClientBuilder AddPlatformGrpcClient<TClient>(this IServiceCollection services, Func<IServiceProvider, Uri> address, GrpcResilienceOptions? resilience = null)
        where TClient : class
    {
        services.AddHttpContextAccessor();
        return services
            .AddGrpcClient<TClient>((provider, o) => o.Address = address(provider))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                EnableMultipleHttp2Connections = true,
                PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
                KeepAlivePingDelay = TimeSpan.FromSeconds(60),
                KeepAlivePingTimeout = TimeSpan.FromSeconds(30),
            })
            .AddInterceptor(InterceptorScope.Channel, sp => new ResilienceInterceptor(
                resilience ?? sp.GetService<IConfiguration>()?.GetSection("GrpcClients:Resilience").Get<GrpcResilienceOptions>() ?? new GrpcResilienceOptions(),
                sp.GetService<TimeProvider>() ?? TimeProvider.System))
            .AddInterceptor(sp => new ForwardCallerTokenInterceptor(sp.GetRequiredService<IHttpContextAccessor>()));
    }
}
