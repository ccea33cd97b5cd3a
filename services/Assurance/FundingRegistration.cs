using Platform.Assurance.Grpc.Funding;
using Platform.Assurance.Messaging.Funding;
using Platform.Messaging;

namespace Platform.Assurance;

/// <summary>The Funding area of the Assurance context: its services, deadline handlers and gRPC endpoints.</summary>
internal static class FundingRegistration
{
    public static IServiceCollection AddFundingArea(this IServiceCollection services)
    {
        services.AddScoped<FundingDeadlines>();
        services.AddScoped<FundingYearAssessor>();
        services.AddDeadlineHandler<FundingYearEndHandler>();
        services.AddDeadlineHandler<FundingReassessmentHandler>();
        return services;
    }

    public static WebApplication MapFundingArea(this WebApplication app)
    {
        app.MapGrpcService<FundingGrpcService>();
        return app;
    }
}
