using Platform.AgreementReplica.Messaging;
using Platform.Complaints.Data;
using Platform.Complaints.Grpc;
using Platform.Complaints.Intake;
using Platform.Complaints.Messaging;
using Platform.Messaging;
using Platform.ServiceDefaults.Bus;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Metrics;
using Platform.ServiceDefaults.Security;

namespace Platform.Complaints;

internal static class ComplaintsRegistration
{
    public const string ServiceName = "complaints";

    /// <summary>The Complaints context: its database, the Agreements facts it keeps, its clocks and the keys that seal contact details.</summary>
    public static WebApplicationBuilder AddComplaints(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ComplaintsDbContext>();
        builder.Services.AddRpcPolicy(ComplaintsAccess.Policy);
        builder.AddMessageBus<ComplaintsDbContext>(ServiceName, bus => bus.AddKnownAgreementConsumers<ComplaintsDbContext>(ServiceName));
        builder.Services.AddSampledGauges<ClockGauges>();
        builder.Services.AddOptions<ComplaintsOptions>().BindConfiguration(ComplaintsOptions.Section)
            .Validate(
                o => o.PauseCap >= TimeSpan.Zero && o.QuietPeriod > TimeSpan.Zero && o.MinimumSample >= 1 && o.IntakeBatchSize >= 1 && o.IntakeWriters >= 1,
                "Complaints: PauseCap must not be negative, QuietPeriod must be positive, and MinimumSample, IntakeBatchSize and IntakeWriters at least 1.")
            .ValidateOnStart();
        builder.Services.AddOptions<ContactEncryptionOptions>().BindConfiguration(ContactEncryptionOptions.Section);
        builder.Services.AddSingleton<ContactProtector>();
        builder.Services.AddHostedService<ContactResealer>();
        builder.Services.AddScoped<ComplaintDeadlines>();
        builder.Services.AddScoped<ComplaintFiler>();
        builder.Services.AddSingleton<ComplaintIntake>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ComplaintIntake>());
        builder.Services.AddScoped<ResolutionStatsReader>();
        builder.Services.AddDeadlineHandler<ClockCheckHandler>();
        builder.Services.AddDeadlineHandler<AutoCloseHandler>();
        builder.Services.AddDeadlineHandler<ResolutionPeriodEndHandler>();
        return builder;
    }

    public static WebApplication MapComplaints(this WebApplication app)
    {
        // Fail at start-up, not at the first complaint, when the sealing keys are missing or malformed.
        _ = app.Services.GetRequiredService<ContactProtector>();
        app.MapGrpcService<ComplaintsGrpcService>();
        return app;
    }
}
