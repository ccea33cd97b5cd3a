using Platform.Assurance.Grpc.Surveys;
using Platform.Assurance.Messaging.Surveys;
using Platform.Messaging;

namespace Platform.Assurance;

/// <summary>The Surveys area of the Assurance context: its services, deadline handlers and gRPC endpoints.</summary>
internal static class SurveysRegistration
{
    public static IServiceCollection AddSurveysArea(this IServiceCollection services) =>
        services
            .AddScoped<RectificationDeadlines>()
            .AddDeadlineHandler<RectificationOverdueHandler>();

    public static WebApplication MapSurveysArea(this WebApplication app)
    {
        app.MapGrpcService<SurveysGrpcService>();
        return app;
    }
}
