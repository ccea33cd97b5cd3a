using Platform.AgreementReplica.Messaging;
using Platform.Assurance.Data;
using Platform.Assurance.Grpc;
using Platform.ServiceDefaults.Bus;
using Platform.ServiceDefaults.Data;

namespace Platform.Assurance;

internal static class AssuranceRegistration
{
    public const string ServiceName = "assurance";

    /// <summary>The Assurance context: its database and the Agreements facts it keeps.</summary>
    public static WebApplicationBuilder AddAssurance(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<AssuranceDbContext>();
        builder.AddMessageBus<AssuranceDbContext>(ServiceName, bus => bus.AddKnownAgreementConsumers<AssuranceDbContext>(ServiceName));
        return builder;
    }

    public static WebApplication MapAssurance(this WebApplication app)
    {
        app.MapGrpcService<AssuranceGrpcService>();
        return app;
    }
}
