using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Platform.Contracts.Agreements.V1;
using Platform.Contracts.Complaints.V1;
using Platform.Contracts.Disputes.V1;
using Platform.OfficerConsole.Agreements;
using Platform.OfficerConsole.Cases;
using Platform.OfficerConsole.Components;
using Platform.OfficerConsole.SignIn;

namespace Platform.OfficerConsole;

internal static class ConsoleRegistration
{
    /// <summary>
    /// Pages (Blazor, interactive on the server), sign-in with a cookie that carries the person's platform token, and
    /// a gRPC client per service that sends that token with every call: the services decide what each person may do.
    /// </summary>
    public static WebApplicationBuilder AddOfficerConsole(this WebApplicationBuilder builder)
    {
        var port = builder.Configuration.GetValue("Ports:Http", 5300);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenAnyIP(port));

        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddCascadingAuthenticationState();
        var provider = builder.Configuration.GetSection(OpenIdSignInOptions.Section).Get<OpenIdSignInOptions>() ?? new OpenIdSignInOptions();
        builder.Services.AddOptions<OpenIdSignInOptions>().BindConfiguration(OpenIdSignInOptions.Section);
        var authentication = builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme);
        if (provider.IsConfigured)
        {
            authentication.AddOpenIdSignIn(provider);
        }

        authentication.AddCookie(cookie =>
        {
            cookie.LoginPath = "/signin";
            cookie.Cookie.Name = "cxqa-console";
            // Lax, not Strict: coming back from the identity provider is a navigation from another site, and the cookie
            // set then must go with the next page. Forms stay guarded by their antiforgery tokens.
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            // The cookie lives no longer than the token it carries (the provider's sign-in sets its token's end).
            cookie.ExpireTimeSpan = DevelopmentIssuer.TokenLifetime;
            cookie.SlidingExpiration = false;
        });
        // The keys that protect the sign-in cookie and antiforgery tokens: one key ring for every replica and restart
        // where DataProtection:KeysPath names a directory they share (compose's volume, Kubernetes' claim). Unset: the
        // default place, ~/.aspnet/DataProtection-Keys, or keys in memory only where that is not writable.
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("cxqa-officer-console");
        if (builder.Configuration["DataProtection:KeysPath"] is { Length: > 0 } keysPath)
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(keysPath));
        }

        builder.Services.AddAuthorization();
        builder.Services.AddHealthChecks();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOptions<ConsoleOptions>().BindConfiguration(ConsoleOptions.Section);
        builder.Services.AddOptions<DevelopmentIssuerOptions>().BindConfiguration(DevelopmentIssuerOptions.Section);
        builder.Services.AddSingleton<DevelopmentIssuer>();
        builder.Services.AddScoped<SignedInUser>();
        builder.Services.AddScoped<AgreementZones>();
        builder.Services.AddScoped<CompliancePeriods>();

        builder.Services.AddPlatformClient<DisputesService.DisputesServiceClient>("Disputes");
        builder.Services.AddPlatformClient<AgreementsService.AgreementsServiceClient>("Agreements");
        builder.Services.AddPlatformClient<ComplaintsService.ComplaintsServiceClient>("Complaints");
        return builder;
    }

    public static WebApplication MapOfficerConsole(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapHealthChecks("/healthz");
        app.MapSignInEndpoints();
        app.MapDocumentEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    /// <summary>
    /// A client of one service (address <c>Services:&lt;name&gt;</c>) whose calls carry the signed-in person's token. The
    /// service provider of the credentials is the scope the client was made in: the person's circuit.
    /// </summary>
    private static void AddPlatformClient<TClient>(this IServiceCollection services, string service)
        where TClient : class =>
        services.AddGrpcClient<TClient>((provider, client) => client.Address = new Uri(
                provider.GetRequiredService<IConfiguration>()[$"Services:{service}"]
                ?? throw new InvalidOperationException($"Services:{service} (the gRPC address of {service}) is not configured.")))
            .AddCallCredentials(async (_, metadata, provider) =>
                metadata.Add("Authorization", $"Bearer {await provider.GetRequiredService<SignedInUser>().AccessTokenAsync()}"))
            // The token goes over h2c only where the services are reached without TLS (a trusted network, a mesh).
            .ConfigureChannel(channel => channel.UnsafeUseInsecureChannelCallCredentials = true);
}
