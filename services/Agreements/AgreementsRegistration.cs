using Platform.Agreements.Data;
using Platform.Agreements.Grpc;
using Platform.Agreements.Messaging;
using Platform.Messaging;
using Platform.ServiceDefaults.Bus;
using Platform.ServiceDefaults.Data;

namespace Platform.Agreements;

internal static class AgreementsRegistration
{
    public const string ServiceName = "agreements";

    /// <summary>The Agreements context: its database, its bus (it consumes nothing yet), its deadlines.</summary>
    public static WebApplicationBuilder AddAgreements(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<AgreementsDbContext>();
        builder.AddMessageBus<AgreementsDbContext>(ServiceName, _ => { });
        builder.Services.AddDeadlineHandler<AgreementExpiryHandler>();
        return builder;
    }

    public static WebApplication MapAgreements(this WebApplication app)
    {
        app.MapGrpcService<AgreementsGrpcService>();
        return app;
    }
}
