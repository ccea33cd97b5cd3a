using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Platform.OfficerConsole.SignIn;

/// <summary>What the console's cookie says of a person, however they signed in: name, roles, time zone, platform token.</summary>
internal static class ConsoleIdentity
{
    /// <summary>Claim saying the person signed in at the identity provider (so signing out ends that session too).</summary>
    public const string ProviderClaim = "signed_in_by_provider";

    public static ClaimsIdentity Of(string name, IEnumerable<string> roles, string? timeZone, string accessToken, bool byProvider = false)
    {
        var zone = timeZone is { Length: > 0 } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _) ? id : "UTC";
        return new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, name),
                .. roles.Select(role => new Claim(ClaimTypes.Role, role)),
                new Claim(SignedInUser.TimeZoneClaim, zone),
                new Claim(SignedInUser.AccessTokenClaim, accessToken),
                .. byProvider ? [new Claim(ProviderClaim, "true")] : Array.Empty<Claim>(),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
