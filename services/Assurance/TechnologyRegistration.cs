using Platform.Assurance.Grpc.Interruptions;
using Platform.Assurance.Grpc.Technology;

namespace Platform.Assurance;

/// <summary>
/// The Technology area of the Assurance context: technology capabilities (clause 3.3) and service
/// interruptions (clause 1.3), with their gRPC endpoints. Interruption events go out through the outbox;
/// clause 4.2.1 deadlines are Agreements' own, so this area schedules none.
/// </summary>
internal static class TechnologyRegistration
{
    public static IServiceCollection AddTechnologyArea(this IServiceCollection services) => services;

    public static WebApplication MapTechnologyArea(this WebApplication app)
    {
        app.MapGrpcService<TechnologyGrpcService>();
        app.MapGrpcService<InterruptionsGrpcService>();
        return app;
    }
}
