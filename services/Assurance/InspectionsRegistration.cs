using Platform.Assurance.Grpc.Inspections;
using Platform.Assurance.Messaging.Inspections;
using Platform.Messaging;

namespace Platform.Assurance;

/// <summary>The Inspections area of the Assurance context: its services, deadline handlers and gRPC endpoints.</summary>
internal static class InspectionsRegistration
{
    public static IServiceCollection AddInspectionsArea(this IServiceCollection services) =>
        services
            .AddScoped<CorrectiveActionDeadlines>()
            .AddDeadlineHandler<CorrectiveActionOverdueHandler>();

    public static WebApplication MapInspectionsArea(this WebApplication app)
    {
        app.MapGrpcService<InspectionsGrpcService>();
        return app;
    }
}
