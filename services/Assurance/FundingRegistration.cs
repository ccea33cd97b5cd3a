namespace Platform.Assurance;

/// <summary>The Funding area of the Assurance context: its services, deadline handlers and gRPC endpoints.</summary>
internal static class FundingRegistration
{
    public static IServiceCollection AddFundingArea(this IServiceCollection services) => services;

    public static WebApplication MapFundingArea(this WebApplication app) => app;
}
