using Platform.AgreementReplica.Messaging;
using Platform.Contracts.Agreements.V1;
using Platform.Disputes.Data;
using Platform.Disputes.Domain;
using Platform.Disputes.Grpc;
using Platform.Disputes.Messaging;
using MassTransit;
using Platform.Messaging;
using Platform.Messaging.Inbox;
using Platform.ServiceDefaults.Bus;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Metrics;
using Platform.ServiceDefaults.Resilience;
using Platform.ServiceDefaults.Security;

namespace Platform.Disputes;

internal static class DisputesRegistration
{
    public const string ServiceName = "disputes";

    /// <summary>The Disputes context: its database and the Agreements facts it keeps (agreements and breaches).</summary>
    public static WebApplicationBuilder AddDisputes(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<DisputesDbContext>();
        builder.Services.AddRpcPolicy(DisputesAccess.Policy);
        // A submission may carry its document (up to 3 MiB), above the 1 MiB every other request stays within.
        builder.Services.AddGrpc().AddServiceOptions<DisputesGrpcService>(
            grpc => grpc.MaxReceiveMessageSize = SubmittedDocument.MaxBytes + (256 * 1024));
        builder.AddMessageBus<DisputesDbContext>(ServiceName, bus =>
        {
            bus.AddKnownAgreementConsumers<DisputesDbContext>(ServiceName);
            // One queue for a breach's facts. Determinations come in batches (hundreds a second when clocks run out);
            // each fact carries the breach version and one not newer than what is held changes nothing, so a status
            // change applied before or beside its determination is not lost.
            var breaches = $"{ServiceName}-breaches";
            bus.AddConsumer<BreachDeterminedConsumer>(consumer => consumer.Options<BatchOptions>(BatchDefaults.Apply)).Endpoint(e => e.Name = breaches);
            bus.AddConsumer<BreachStatusChangedConsumer>().Endpoint(e => e.Name = breaches);
            bus.AddConsumer<ComplaintFiledConsumer>(consumer => consumer.Options<BatchOptions>(BatchDefaults.Apply));
        });
        builder.Services.AddDeadlineHandler<NegotiationDeadlineHandler>();
        builder.Services.AddSampledGauges<DisputeGauges>();

        // An agreement whose facts have not arrived yet is asked of Agreements (Services:Agreements, its gRPC address).
        builder.Services.AddPlatformGrpcClient<AgreementsService.AgreementsServiceClient>(
            provider => new Uri(provider.GetRequiredService<IConfiguration>()["Services:Agreements"] ?? "http://localhost:5101"));
        builder.Services.AddScoped<AgreementDirectory>();
        return builder;
    }

    public static WebApplication MapDisputes(this WebApplication app)
    {
        app.MapGrpcService<DisputesGrpcService>();
        return app;
    }
}
