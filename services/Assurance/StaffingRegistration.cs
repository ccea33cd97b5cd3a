using Platform.AgreementReplica.Messaging;
using Platform.Assurance.Grpc.Staffing;
using Platform.Assurance.Messaging.Staffing;
using Platform.Messaging;

namespace Platform.Assurance;

/// <summary>The Staffing area of the Assurance context: its services, deadline handlers and gRPC endpoints.</summary>
internal static class StaffingRegistration
{
    public static IServiceCollection AddStaffingArea(this IServiceCollection services)
    {
        services.AddScoped<StaffingDeadlines>();
        services.AddScoped<StaffingJudge>();
        services.AddDeadlineHandler<StaffingReviewHandler>();
        services.AddAgreementChangeHandler<StaffingAgreementChangeHandler>();
        return services;
    }

    public static WebApplication MapStaffingArea(this WebApplication app)
    {
        app.MapGrpcService<StaffingGrpcService>();
        return app;
    }
}
