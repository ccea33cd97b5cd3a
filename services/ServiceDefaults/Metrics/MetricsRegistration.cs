using Grpc.AspNetCore.Server;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.ServiceDefaults.Metrics;

public static class MetricsRegistration
{
    /// <summary>The metrics every service has: gRPC calls by method and status, readiness, and the gauge sampler.</summary>
    internal static IServiceCollection AddPlatformMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MetricsOptions>(configuration.GetSection(MetricsOptions.Section));
        services.TryAddSingleton<RpcMetricsInterceptor>();
        services.AddSingleton<IHealthCheckPublisher, ReadinessGauge>();
        services.AddSingleton<GaugeSampler>();
        services.AddHostedService(provider => provider.GetRequiredService<GaugeSampler>());
        return services;
    }

    /// <summary>Adds a source of gauges read from the database (see <see cref="ISampledGauges"/>).</summary>
    public static IServiceCollection AddSampledGauges<TGauges>(this IServiceCollection services)
        where TGauges : class, ISampledGauges
    {
        services.AddSingleton<ISampledGauges, TGauges>();
        return services;
    }

    /// <summary>Adds the call-metrics interceptor first, so it is the outermost and sees every call's final status.</summary>
    internal static void AddRpcMetrics(this GrpcServiceOptions grpc) => grpc.Interceptors.Add<RpcMetricsInterceptor>();
}
