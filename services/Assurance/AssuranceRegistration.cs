using Platform.AgreementReplica.Messaging;
using Platform.Assurance.Data;
using Platform.Assurance.Grpc;
using Platform.ServiceDefaults.Bus;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Security;

namespace Platform.Assurance;

internal static class AssuranceRegistration
{
    public const string ServiceName = "assurance";

    /// <summary>The Assurance context: its database, the Agreements facts it keeps, and its five areas.</summary>
    public static WebApplicationBuilder AddAssurance(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<AssuranceDbContext>();
        builder.Services.AddRpcPolicies(AssuranceAccess.Policies);
        builder.AddMessageBus<AssuranceDbContext>(ServiceName, bus => bus.AddKnownAgreementConsumers<AssuranceDbContext>(ServiceName));
        builder.Services
            .AddFundingArea()
            .AddStaffingArea()
            .AddTechnologyArea()
            .AddSurveysArea()
            .AddInspectionsArea();
        return builder;
    }

    public static WebApplication MapAssurance(this WebApplication app)
    {
        app.MapGrpcService<AssuranceGrpcService>();
        app.MapFundingArea();
        app.MapStaffingArea();
        app.MapTechnologyArea();
        app.MapSurveysArea();
        app.MapInspectionsArea();
        return app;
    }
}
