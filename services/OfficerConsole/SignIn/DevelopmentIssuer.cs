using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.Contracts.Security;

namespace Platform.OfficerConsole.SignIn;

/// <summary>
/// Mints platform tokens for people signing in to a development console, as deploy/local/tokens.sh does for
/// scripts. Available only where the development issuer's key is configured; a real deployment signs people in
/// with its identity provider instead.
/// </summary>
internal sealed class DevelopmentIssuer(IOptions<DevelopmentIssuerOptions> options, TimeProvider time)
{
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(8);

    /// <summary>The roles a person may sign in with here: those the console has pages for.</summary>
    public static readonly IReadOnlyList<(string Role, string Title)> Roles =
    [
        (PlatformRoles.DisputeOfficer, "Dispute officer"),
        (PlatformRoles.ComplaintHandler, "Complaint handler"),
    ];

    private static readonly JsonWebTokenHandler s_handler = new();

    private readonly DevelopmentIssuerOptions _options = options.Value;

    public bool IsAvailable => SigningKey is not null && _options.Issuer.Length > 0 && _options.Audience.Length > 0;

    private string? SigningKey => _options.SigningKeys.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => k.Value).FirstOrDefault(v => v.Length > 0);

    /// <summary>A token for <paramref name="name"/> in <paramref name="role"/>, valid for <see cref="TokenLifetime"/>.</summary>
    public string Mint(string name, string role)
    {
        var key = SigningKey ?? throw new InvalidOperationException("The development issuer has no signing key.");
        var now = time.GetUtcNow().UtcDateTime;
        return s_handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = _options.Issuer,
            Audience = _options.Audience,
            Subject = new ClaimsIdentity([new Claim("sub", name), new Claim("name", name), new Claim(PlatformRoles.RolesClaim, role)]),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + TokenLifetime,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(key)), SecurityAlgorithms.HmacSha256),
        });
    }
}
