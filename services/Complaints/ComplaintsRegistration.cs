using Platform.AgreementReplica.Messaging;
using Platform.Complaints.Data;
using Platform.Complaints.Grpc;
using Platform.ServiceDefaults.Bus;
using Platform.ServiceDefaults.Data;

namespace Platform.Complaints;

internal static class ComplaintsRegistration
{
    public const string ServiceName = "complaints";

    /// <summary>The Complaints context: its database and the Agreements facts it keeps.</summary>
    public static WebApplicationBuilder AddComplaints(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ComplaintsDbContext>();
        builder.AddMessageBus<ComplaintsDbContext>(ServiceName, bus => bus.AddKnownAgreementConsumers<ComplaintsDbContext>(ServiceName));
        return builder;
    }

    public static WebApplication MapComplaints(this WebApplication app)
    {
        app.MapGrpcService<ComplaintsGrpcService>();
        return app;
    }
}
