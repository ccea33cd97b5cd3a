using MassTransit;
using Platform.Agreements.Data;
using Platform.Agreements.Grpc;
using Platform.Agreements.Messaging;
using Platform.Messaging.Inbox;
using Platform.Messaging;
using Platform.ServiceDefaults.Bus;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Security;

namespace Platform.Agreements;

internal static class AgreementsRegistration
{
    public const string ServiceName = "agreements";

    /// <summary>The Agreements context: its database, the facts it judges breaches from, its deadlines.</summary>
    public static WebApplicationBuilder AddAgreements(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<AgreementsDbContext>();
        builder.Services.AddRpcPolicy(AgreementsAccess.Policy);
        builder.AddMessageBus<AgreementsDbContext>(ServiceName, bus =>
        {
            // Clause 4 is decided here, from the facts of the other contexts.
            // Missed clocks come by the hundred a second: consumed in batches of what arrived together.
            bus.AddConsumer<ComplaintSlaBreachedConsumer>(consumer => consumer.Options<BatchOptions>(BatchDefaults.Apply));
            bus.AddConsumer<SolutionMarkedBelowStandardConsumer>();
            bus.AddConsumer<ResolutionRateMeasuredConsumer>();
            bus.AddConsumer<InterruptionStartedConsumer>();
            bus.AddConsumer<InterruptionEndedConsumer>();
            bus.AddConsumer<InterruptionCorrectedConsumer>();
            bus.AddConsumer<SurveyRecordedConsumer>();
            bus.AddConsumer<RectificationCompletedConsumer>();
            bus.AddConsumer<FundingShortfallFoundConsumer>();
            bus.AddConsumer<StaffingShortfallFoundConsumer>();
            bus.AddConsumer<StaffingRestoredConsumer>();
            bus.AddConsumer<DisputeOpenedConsumer>();
            bus.AddConsumer<DisputeResolvedConsumer>();
        });
        builder.Services.AddScoped<BreachRecorder>();
        builder.Services.AddDeadlineHandler<AgreementExpiryHandler>();
        builder.Services.AddDeadlineHandler<InterruptionThresholdHandler>();
        builder.Services.AddDeadlineHandler<RectificationDeadlineHandler>();
        return builder;
    }

    public static WebApplication MapAgreements(this WebApplication app)
    {
        app.MapGrpcService<AgreementsGrpcService>();
        return app;
    }
}
