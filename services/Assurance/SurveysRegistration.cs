namespace Platform.Assurance;

/// <summary>The Surveys area of the Assurance context: its services, deadline handlers and gRPC endpoints.</summary>
internal static class SurveysRegistration
{
    public static IServiceCollection AddSurveysArea(this IServiceCollection services) => services;

    public static WebApplication MapSurveysArea(this WebApplication app) => app;
}
