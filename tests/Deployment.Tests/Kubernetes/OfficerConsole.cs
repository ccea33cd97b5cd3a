namespace Platform.Deployment.Tests.Kubernetes;

/// <summary>
/// The officer console (services/OfficerConsole) as its image and configuration define it: one HTTP/1.1 listener
/// (pages, their WebSockets, <c>/healthz</c>), no database or broker, a client of the four services' gRPC ports, and a
/// Data Protection key ring in the directory <c>DataProtection__KeysPath</c> names.
/// </summary>
internal static class OfficerConsole
{
    public const string Name = "console";
    public const int HttpPort = 5300;
    public const string HealthPath = "/healthz";
    public const string KeysPath = "DataProtection__KeysPath";

    /// <summary>The image without registry or tag, as the base names it (deploy/docker/console.Dockerfile).</summary>
    public const string Image = "platform/console";

    /// <summary>
    /// Every environment variable the console reads (ConsoleRegistration, ConsoleOptions, DevelopmentIssuerOptions, its
    /// appsettings.json), as <see cref="ServiceSettings"/> lists the services'. Locally <c>platform_console_env</c> in
    /// deploy/local/env.sh sets them.
    /// </summary>
    public static readonly IReadOnlyList<ServiceSetting> Settings =
    [
        new("Ports__Http", Required: true),
        .. PlatformService.All.Select(s => new ServiceSetting(ServicesAddress(s), Required: true)),
        // Where several replicas, and restarts, find the same keys.
        new(KeysPath, Required: true),
        new("ASPNETCORE_ENVIRONMENT", Required: true),
        // The development issuer it signs people in with, where its key is given.
        new("Authentication__Issuer"),
        new("Authentication__Audience"),
        new(ServiceSettings.SigningKeys, Secret: true, Prefix: true),
        new("OfficerConsole__RefreshInterval"),
        // The identity provider it signs people in with (SignIn/OpenIdSignInOptions).
        new(ProviderAuthority),
        new("Authentication__OpenIdConnect__ClientId"),
        new("Authentication__OpenIdConnect__ClientSecret", Secret: true),
        new("Authentication__OpenIdConnect__Scopes"),
        new("Authentication__OpenIdConnect__RequireHttpsMetadata"),
        new("Authentication__OpenIdConnect__DisplayName"),
        // Behind a proxy that terminates TLS: the scheme from X-Forwarded-Proto (ASP.NET Core's own switch).
        new("ASPNETCORE_FORWARDEDHEADERS_ENABLED"),
    ];

    /// <summary>The identity provider's base URL the console signs people in with.</summary>
    public const string ProviderAuthority = "Authentication__OpenIdConnect__Authority";

    /// <summary>The variable holding a service's gRPC address: <c>Services__Agreements</c>.</summary>
    public static string ServicesAddress(PlatformService service) => $"Services__{char.ToUpperInvariant(service.Name[0])}{service.Name[1..]}";

    public static ServiceSetting? Find(string variable) => Settings.FirstOrDefault(s => s.Matches(variable));
}
