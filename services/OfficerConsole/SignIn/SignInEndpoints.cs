using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Platform.Contracts.Security;

namespace Platform.OfficerConsole.SignIn;

internal static class SignInEndpoints
{
    /// <summary>
    /// <c>POST /account/signin</c> (development sign-in: name, role, time zone), <c>POST /account/signin/provider</c> (off to
    /// the identity provider) and <c>POST /account/signout</c>. The cookie carries the person's name, roles, time zone and
    /// platform token; antiforgery guards every form.
    /// </summary>
    public static void MapSignInEndpoints(this WebApplication app)
    {
        app.MapPost("/account/signin", async (HttpContext http, DevelopmentIssuer issuer, [FromForm] SignInForm form) =>
        {
            var name = form.Name?.Trim() ?? string.Empty;
            var role = DevelopmentIssuer.Roles.FirstOrDefault(r => r.Role == form.Role).Role;
            if (!issuer.IsAvailable || name.Length is 0 or > 100 || role is null)
            {
                return Results.Redirect("/signin?failed=1");
            }

            var identity = ConsoleIdentity.Of(name, [role], form.TimeZone, issuer.Mint(name, role));
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
            return Results.Redirect("/" + StartPage(new ClaimsPrincipal(identity)));
        });

        // Sign-in by the identity provider: off to it, with the browser's time zone for the way back.
        app.MapPost("/account/signin/provider", (IOptions<OpenIdSignInOptions> provider, [FromForm] SignInForm form) =>
            !provider.Value.IsConfigured
                ? Results.Redirect("/signin?failed=1")
                : Results.Challenge(
                    new AuthenticationProperties(new Dictionary<string, string?> { [OpenIdSignIn.TimeZoneItem] = form.TimeZone }) { RedirectUri = "/" },
                    [OpenIdSignIn.Scheme]));

        // Signing out ends the console's cookie, and the provider's session when the person signed in there.
        app.MapPost("/account/signout", (HttpContext http) =>
            http.User.HasClaim(ConsoleIdentity.ProviderClaim, "true")
                ? Results.SignOut(new AuthenticationProperties { RedirectUri = "/signin" }, [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdSignIn.Scheme])
                : Results.SignOut(new AuthenticationProperties { RedirectUri = "/signin" }, [CookieAuthenticationDefaults.AuthenticationScheme]));
    }

    /// <summary>The page a person starts on, by role: an officer's cases, a handler's complaints at risk.</summary>
    public static string StartPage(ClaimsPrincipal user) =>
        user.IsInRole(PlatformRoles.DisputeOfficer) ? "disputes"
        : user.IsInRole(PlatformRoles.ComplaintHandler) ? "complaints"
        : "signin";

    internal sealed class SignInForm
    {
        public string? Name { get; set; }

        public string? Role { get; set; }

        public string? TimeZone { get; set; }
    }
}
