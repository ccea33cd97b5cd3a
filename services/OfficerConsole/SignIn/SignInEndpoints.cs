using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Platform.Contracts.Security;

namespace Platform.OfficerConsole.SignIn;

internal static class SignInEndpoints
{
    /// <summary>
    /// <c>POST /account/signin</c> (the sign-in page's form: name, role, time zone) and <c>POST /account/signout</c>.
    /// The cookie carries the person's name, role, time zone and platform token; antiforgery guards both forms.
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

            var zone = form.TimeZone is { Length: > 0 } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _) ? id : "UTC";
            var identity = new ClaimsIdentity(
                [
                    new Claim(ClaimTypes.Name, name),
                    new Claim(ClaimTypes.Role, role),
                    new Claim(SignedInUser.TimeZoneClaim, zone),
                    new Claim(SignedInUser.AccessTokenClaim, issuer.Mint(name, role)),
                ],
                CookieAuthenticationDefaults.AuthenticationScheme);
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
            return Results.Redirect("/" + StartPage(new ClaimsPrincipal(identity)));
        });

        app.MapPost("/account/signout", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/signin");
        });
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
