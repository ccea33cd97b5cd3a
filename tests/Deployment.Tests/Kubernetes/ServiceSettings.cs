namespace Platform.Deployment.Tests.Kubernetes;

/// <summary>
/// Every environment variable the services read (ASP.NET Core configuration, <c>__</c> for <c>:</c>): the one
/// list the manifests are checked against. Locally, <c>platform_service_env</c> in deploy/local/env.sh sets
/// the same variables; the sections come from the options classes (<c>grep -rn "Section =" services</c>) and
/// the services' appsettings.json, and README.md's "Configuration" table explains them. Add a setting here when
/// a service starts reading one.
/// </summary>
internal static class ServiceSettings
{
    public const string ShutdownTimeout = "Shutdown__Timeout";
    public const string SigningKeys = "Authentication__SigningKeys__";
    public const string Authority = "Authentication__Authority";
    public const string ContactKeys = "Complaints__ContactEncryption__Keys__";
    public const string ActiveContactKey = "Complaints__ContactEncryption__ActiveKeyId";

    private static readonly string[] Disputes = ["disputes"];
    private static readonly string[] Complaints = ["complaints"];

    public static readonly IReadOnlyList<ServiceSetting> All =
    [
        // ServiceDefaults: the listeners (PortsOptions) and the gRPC port's certificate (TlsOptions).
        new("Ports__Grpc", Required: true),
        new("Ports__Http", Required: true),
        new("Tls__CertificatePath"),
        new("Tls__KeyPath"),
        new("Tls__CertificatePassword", Secret: true),

        // The service's own database (ConnectionStrings:Database, DatabaseOptions).
        new("ConnectionStrings__Database", Required: true, Secret: true),
        new("Database__MigrateOnStartup", Required: true),

        // The broker (RabbitMqOptions).
        new("RabbitMq__Host", Required: true),
        new("RabbitMq__Port", Required: true),
        new("RabbitMq__VirtualHost", Required: true),
        new("RabbitMq__Username", Required: true),
        new("RabbitMq__Password", Required: true, Secret: true),

        // Tokens (PlatformAuthenticationOptions): a real issuer's Authority, or the development issuer's keys;
        // which one each overlay sets is checked by EnvironmentTests.
        new("Authentication__Issuer", Required: true),
        new("Authentication__Audience", Required: true),
        new(Authority),
        new(SigningKeys, Secret: true, Prefix: true),
        new("Authentication__RequireHttpsMetadata"),
        new("Authentication__ClockSkew"),

        // Graceful shutdown: calls in flight, consumers and the outbox relay finish within it.
        new(ShutdownTimeout, Required: true),

        // Telemetry.
        new("OTEL_SERVICE_NAME", Required: true),
        new("OTEL_EXPORTER_OTLP_ENDPOINT"),
        new("ASPNETCORE_ENVIRONMENT", Required: true),
        new("Metrics__SampleInterval"),

        // Messaging (OutboxOptions, DeadlineOptions): tuning, defaults are fine.
        new("Messaging__Outbox__PollInterval"),
        new("Messaging__Outbox__BatchSize"),
        new("Messaging__Deadlines__PollInterval"),
        new("Messaging__Deadlines__Coalesce"),

        // Disputes asks Agreements for terms (DisputesRegistration).
        new("Services__Agreements", Required: true, Services: Disputes),

        // Complaints (ComplaintsOptions, ContactEncryptionOptions). The image holds no contact-sealing key, and
        // Complaints does not start without an active one.
        new(ActiveContactKey, Required: true, Services: Complaints),
        new(ContactKeys, Required: true, Secret: true, Prefix: true, Services: Complaints),
        new("Complaints__IntakeBatchSize", Services: Complaints),
        new("Complaints__IntakeWriters", Services: Complaints),
    ];

    public static ServiceSetting? Find(string variable) => All.FirstOrDefault(s => s.Matches(variable));
}
