using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Platform.Contracts.Common.V1;
using Platform.ServiceDefaults.Audit;
using Platform.Contracts.Security;
using Platform.ServiceDefaults.Errors;
using Platform.ServiceDefaults.Metrics;
using Platform.ServiceDefaults.Operations;
using Platform.ServiceDefaults.Requests;
using Platform.ServiceDefaults.Security;
using Platform.ServiceDefaults.Tls;

namespace Platform.ServiceDefaults;

public static class ServiceDefaultsExtensions
{
    /// <summary>The largest request message a service accepts.</summary>
    public const int MaxRequestBytes = 1024 * 1024;

    /// <summary>
    /// How long a service may take to stop after SIGTERM (<c>Shutdown:Timeout</c>) when not configured: under the
    /// 30 s a container runtime or Kubernetes waits before SIGKILL.
    /// </summary>
    public static readonly TimeSpan DefaultShutdownTimeout = TimeSpan.FromSeconds(25);

    /// <summary>
    /// Everything a platform host has in common: listeners, telemetry, bearer-token authentication and the RPC
    /// policy tables (health and reflection open to probes), gRPC with error mapping and reflection, and health (gRPC <c>grpc.health.v1.Health</c>, <c>/healthz</c>, <c>/readyz</c>).
    /// </summary>
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder, string serviceName)
    {
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            var ports = context.Configuration.GetSection("Ports").Get<PortsOptions>() ?? new PortsOptions();
            var tls = context.Configuration.GetSection(TlsOptions.Section).Get<TlsOptions>() ?? new TlsOptions();
            if (ports.Grpc > 0 && ports.Http > 0)
            {
                // With a certificate, gRPC is HTTP/2 over TLS (ALPN h2) and nothing else on that port; without, h2c
                // for a proxy or mesh that terminates TLS. A certificate that does not load stops the start here.
                var certificate = tls.IsConfigured ? ServerCertificate.Load(tls, context.HostingEnvironment.ContentRootPath) : null;
                kestrel.ListenAnyIP(ports.Grpc, listen =>
                {
                    listen.Protocols = HttpProtocols.Http2;
                    if (certificate is not null)
                    {
                        listen.UseHttps(certificate);
                    }
                });

                // Probes and the metrics scraper stay cleartext: they carry no token and no customer data, and
                // kubelet and Prometheus would otherwise need the certificate's trust too.
                kestrel.ListenAnyIP(ports.Http, listen => listen.Protocols = HttpProtocols.Http1);
            }
            else if (tls.IsConfigured)
            {
                throw new InvalidOperationException("Tls:* applies to the gRPC listener of Ports:Grpc: set Ports:Grpc and Ports:Http too.");
            }
        });

        // On SIGTERM the host stops its parts in reverse order within this time: Kestrel refuses new calls and
        // finishes those in flight, the deadline scheduler its pass, the outbox relay sends what is committed, then
        // the bus stops consuming. Whatever is still running when it runs out is cancelled and rolls back.
        builder.Services.Configure<HostOptions>(host =>
            host.ShutdownTimeout = builder.Configuration.GetValue("Shutdown:Timeout", DefaultShutdownTimeout));
        builder.Services.TryAddSingleton<TimeProvider>(new DatabasePrecisionTimeProvider(TimeProvider.System));
        builder.AddPlatformTelemetry(serviceName);
        builder.Services.AddPlatformMetrics(builder.Configuration);
        builder.AddPlatformSecurity();
        builder.Services.AddRpcPolicy(RpcPolicy.For(Grpc.Health.V1.Health.Descriptor).AllowAnonymousEverywhere().Build());
        builder.Services.AddRpcPolicy(RpcPolicy.For(Grpc.Reflection.V1Alpha.ServerReflection.Descriptor).AllowAnonymousEverywhere().Build());
        builder.Services.AddRpcPolicy(RpcPolicy.For(Grpc.Reflection.V1.ServerReflection.Descriptor).AllowAnonymousEverywhere().Build());
        builder.Services.AddRpcPolicy(RpcPolicy.For(ServiceStatusService.Descriptor)
            .Reads([PlatformRoles.Sre, PlatformRoles.Auditor], nameof(ServiceStatusService.ServiceStatusServiceBase.GetServiceStatus))
            .Build());
        builder.Services.AddRpcPolicy(RpcPolicy.For(AuditService.Descriptor)
            .Reads([PlatformRoles.Auditor], nameof(AuditService.AuditServiceBase.ListAuditRecords))
            .Build());
        builder.Services.AddGrpc(grpc =>
        {
            // Outermost the call metrics and the audit, which see refusals too; then nothing runs for a call the
            // policy refuses.
            grpc.AddRpcMetrics();
            grpc.Interceptors.Add<AuditInterceptor>();
            grpc.Interceptors.Add<RpcAuthorizationInterceptor>();
            grpc.Interceptors.Add<ErrorMappingInterceptor>();
            grpc.Interceptors.Add<ControlCharacterGuard>();
            grpc.EnableDetailedErrors = false;
            // No request of ours comes near this (the longest text is 10,000 characters); larger ones are
            // refused with RESOURCE_EXHAUSTED before any of our code reads them.
            grpc.MaxReceiveMessageSize = MaxRequestBytes;
        });
        builder.Services.AddGrpcReflection();
        builder.Services.AddSingleton(ServiceIdentity.Of(serviceName, builder.Environment.ApplicationName));

        // gRPC health answers from the checks at call time; Watch streams see changes within seconds.
        builder.Services.AddGrpcHealthChecks(o => o.UseHealthChecksCache = false);
        builder.Services.Configure<HealthCheckPublisherOptions>(o =>
        {
            // Past the bus start-up, so a normal start logs no failed check.
            o.Delay = TimeSpan.FromSeconds(5);
            o.Period = TimeSpan.FromSeconds(5);
        });
        return builder;
    }

    /// <summary>
    /// Maps reflection, gRPC health, the service status (<c>platform.common.v1.ServiceStatusService</c>), the
    /// audit trail (<c>platform.common.v1.AuditService</c>),
    /// <c>/healthz</c> (liveness), <c>/readyz</c> (readiness) and <c>/metrics</c>.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapGrpcReflectionService();
        app.MapGrpcHealthChecksService();
        app.MapGrpcService<ServiceStatusGrpcService>();
        app.MapGrpcService<AuditGrpcService>();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthTags.Ready) });
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}
