using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace Platform.OfficerConsole.SignIn;

/// <summary>The person using this circuit: name, role, time zone, and the platform token their calls carry.</summary>
internal sealed class SignedInUser(AuthenticationStateProvider authentication)
{
    /// <summary>Claim of the cookie holding the person's platform token.</summary>
    public const string AccessTokenClaim = "access_token";

    /// <summary>The person's IANA time zone (the OpenID Connect claim's name).</summary>
    public const string TimeZoneClaim = "zoneinfo";

    private ClaimsPrincipal? _requestUser;

    public async Task<string> AccessTokenAsync() =>
        (await PrincipalAsync()).FindFirst(AccessTokenClaim)?.Value ?? throw new InvalidOperationException("Nobody is signed in to this circuit.");

    public async Task<string> NameAsync() => (await PrincipalAsync()).Identity?.Name ?? string.Empty;

    /// <summary>The person's time zone; UTC when it is unknown or not one this machine has.</summary>
    public async Task<TimeZoneInfo> TimeZoneAsync() =>
        (await PrincipalAsync()).FindFirst(TimeZoneClaim)?.Value is { Length: > 0 } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
            ? zone
            : TimeZoneInfo.Utc;

    /// <summary>For a plain HTTP request, not a page's circuit (a download): the person is the request's user.</summary>
    public void UseRequestUser(ClaimsPrincipal user) => _requestUser = user;

    private async Task<ClaimsPrincipal> PrincipalAsync() => _requestUser ?? (await authentication.GetAuthenticationStateAsync()).User;
}
