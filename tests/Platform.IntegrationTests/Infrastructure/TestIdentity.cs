using System.Net.Http.Headers;
using System.Security.Claims;
using Grpc.Net.Client;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.Contracts.Security;

namespace Platform.IntegrationTests.Infrastructure;

/// <summary>
/// The token issuer of the tests: the settings that make a host trust it, and tokens it signs. The key is a
/// TEST-ONLY secret; it guards nothing and is valid only for hosts the tests start themselves.
/// </summary>
public static partial class TestIdentity
{
    public const string Issuer = "https://test-issuer.cxqa.invalid";
    public const string Audience = "cxqa-platform";

    /// <summary>TEST-ONLY HMAC-SHA256 key (base64, 256 bits). Never configure it anywhere else.</summary>
    public const string SigningKey = "tQdXUMNVOZ/IsXbAahyVf392v8Cy8zt0HuAq7Vj9Z2E=";

    private static readonly JsonWebTokenHandler s_handler = new();

    /// <summary>Configuration that makes a host accept tokens of this issuer.</summary>
    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Authentication:Issuer"] = Issuer,
        ["Authentication:Audience"] = Audience,
        ["Authentication:SigningKeys:0"] = SigningKey,
    };

    /// <summary>Environment variables with the same settings, for services started as processes.</summary>
    public static IReadOnlyDictionary<string, string> Environment { get; } =
        Settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value!);

    /// <summary>A caller holding every role and <c>pii:read</c>: what tests use unless access is their subject.</summary>
    public static string Everything { get; } = Token("platform-tests", PlatformRoles.All, [PlatformRoles.PiiRead], TimeSpan.FromHours(12));

    /// <summary>A signed token for <paramref name="subject"/> with <paramref name="roles"/> and <paramref name="permissions"/>.</summary>
    public static string Token(string subject, IEnumerable<string> roles, IEnumerable<string>? permissions = null, TimeSpan? lifetime = null, string? signingKey = null)
    {
        var claims = new List<Claim> { new("sub", subject) };
        claims.AddRange(roles.Select(role => new Claim(PlatformRoles.RolesClaim, role)));
        var scope = string.Join(' ', permissions ?? []);
        if (scope.Length > 0)
        {
            claims.Add(new Claim(PlatformRoles.ScopeClaim, scope));
        }

        var now = DateTime.UtcNow;
        var expires = now + (lifetime ?? TimeSpan.FromHours(1));
        return s_handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = expires < now ? expires.AddMinutes(-5) : now,
            NotBefore = expires < now ? expires.AddMinutes(-5) : now,
            Expires = expires,
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Convert.FromBase64String(signingKey ?? SigningKey)), SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>A channel through <paramref name="handler"/> whose calls carry <paramref name="token"/> (default <see cref="Everything"/>); none when empty.</summary>
    public static GrpcChannel Channel(Uri address, HttpMessageHandler handler, string? token = null) =>
        GrpcChannel.ForAddress(address, new GrpcChannelOptions { HttpHandler = WithBearer(handler, token ?? Everything) });

    /// <summary>Wraps <paramref name="inner"/> so each request carries <paramref name="token"/>; none when empty.</summary>
    public static HttpMessageHandler WithBearer(HttpMessageHandler inner, string token) =>
        string.IsNullOrEmpty(token) ? inner : new BearerHandler(token) { InnerHandler = inner };

    private sealed class BearerHandler(string token) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
