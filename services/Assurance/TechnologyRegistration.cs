namespace Platform.Assurance;

/// <summary>The Technology area of the Assurance context: its services, deadline handlers and gRPC endpoints.</summary>
internal static class TechnologyRegistration
{
    public static IServiceCollection AddTechnologyArea(this IServiceCollection services) => services;

    public static WebApplication MapTechnologyArea(this WebApplication app) => app;
}
