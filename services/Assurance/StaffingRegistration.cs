namespace Platform.Assurance;

/// <summary>The Staffing area of the Assurance context: its services, deadline handlers and gRPC endpoints.</summary>
internal static class StaffingRegistration
{
    public static IServiceCollection AddStaffingArea(this IServiceCollection services) => services;

    public static WebApplication MapStaffingArea(this WebApplication app) => app;
}
