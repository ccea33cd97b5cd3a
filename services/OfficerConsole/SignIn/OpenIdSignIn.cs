using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Platform.Contracts.Security;

namespace Platform.OfficerConsole.SignIn;

/// <summary>
/// Sign-in by the identity provider: after the code is redeemed, the console's cookie gets the person's name, the
/// roles the console has pages for (from the platform token the provider issued), their time zone, and that token;
/// the cookie ends when the token does. Someone with no such role is sent back to the sign-in page, told why.
/// </summary>
internal static class OpenIdSignIn
{
    public const string Scheme = OpenIdConnectDefaults.AuthenticationScheme;

    /// <summary>Where the sign-in page's time zone travels through the provider's round trip.</summary>
    public const string TimeZoneItem = "zoneinfo";

    public static AuthenticationBuilder AddOpenIdSignIn(this AuthenticationBuilder authentication, OpenIdSignInOptions settings) =>
        authentication.AddOpenIdConnect(Scheme, oidc =>
        {
            oidc.Authority = settings.Authority;
            oidc.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            oidc.ClientId = settings.ClientId;
            oidc.ClientSecret = settings.ClientSecret;
            oidc.ResponseType = OpenIdConnectResponseType.Code;
            oidc.UsePkce = true;
            // A redirect back (GET), so the correlation and nonce cookies can be SameSite=Lax and work without HTTPS locally.
            oidc.ResponseMode = OpenIdConnectResponseMode.Query;
            oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
            oidc.NonceCookie.SameSite = SameSiteMode.Lax;
            oidc.MapInboundClaims = false;
            oidc.SaveTokens = false;
            oidc.GetClaimsFromUserInfoEndpoint = false;
            oidc.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            foreach (var scope in settings.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                oidc.Scope.Add(scope);
            }

            oidc.Events.OnTokenValidated = context =>
            {
                var accessToken = context.TokenEndpointResponse?.AccessToken;
                if (accessToken is not { Length: > 0 } || context.Principal is not { } person)
                {
                    context.Fail("The identity provider gave no access token for the platform.");
                    return Task.CompletedTask;
                }

                var token = new JsonWebToken(accessToken);
                var roles = token.Claims.Where(c => c.Type == PlatformRoles.RolesClaim).Select(c => c.Value)
                    .Where(role => DevelopmentIssuer.Roles.Any(r => r.Role == role)).Distinct().ToList();
                if (roles.Count == 0)
                {
                    context.HandleResponse();
                    context.Response.Redirect("/signin?norole=1");
                    return Task.CompletedTask;
                }

                // The browser's zone, sent from the sign-in page; else the one the provider knows for the person.
                var zone = context.Properties?.GetString(TimeZoneItem) is { Length: > 0 } chosen ? chosen : person.FindFirst("zoneinfo")?.Value;
                context.Principal = new ClaimsPrincipal(ConsoleIdentity.Of(
                    person.FindFirst("name")?.Value ?? person.FindFirst("sub")?.Value ?? "unknown", roles, zone, accessToken, byProvider: true));
                if (context.Properties is { } properties)
                {
                    // The cookie lives no longer than the token it carries.
                    properties.ExpiresUtc = token.ValidTo > DateTime.MinValue ? new DateTimeOffset(token.ValidTo, TimeSpan.Zero) : null;
                    properties.IsPersistent = false;
                }

                return Task.CompletedTask;
            };
        });
}
