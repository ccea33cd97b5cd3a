namespace Platform.Assurance;

/// <summary>The Inspections area of the Assurance context: its services, deadline handlers and gRPC endpoints.</summary>
internal static class InspectionsRegistration
{
    public static IServiceCollection AddInspectionsArea(this IServiceCollection services) => services;

    public static WebApplication MapInspectionsArea(this WebApplication app) => app;
}
