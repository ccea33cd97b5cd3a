using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.EndToEndTests.Infrastructure;

/// <summary>
/// An OpenID Connect provider for the browser tests (Kestrel on loopback), as small as the authorization-code flow with
/// PKCE allows: discovery, a sign-in form at <c>/authorize</c> (a user name and a role, as an organisation's directory
/// would know them), <c>/token</c>, the signing keys, and sign-out. ID tokens are RS256 with its own key; the access
/// tokens it issues are the test issuer's (<see cref="TestIdentity"/>), which the services of the tests trust, as a real
/// deployment's services trust its provider. TEST-ONLY: it checks no password.
/// </summary>
public sealed class TestOpenIdProvider : IAsyncDisposable
{
    public const string ClientId = "officer-console";
    public const string ClientSecret = "test-only-console-secret";

    private static readonly string[] s_code = ["code"];
    private static readonly string[] s_public = ["public"];
    private static readonly string[] s_rs256 = ["RS256"];
    private static readonly string[] s_s256 = ["S256"];
    private static readonly string[] s_passedOn = ["client_id", "redirect_uri", "state", "nonce", "code_challenge", "code_challenge_method"];

    private readonly WebApplication _app;
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "test-provider-1" };
    private readonly ConcurrentDictionary<string, Grant> _codes = new();

    private TestOpenIdProvider(WebApplication app) => _app = app;

    /// <summary>The provider's issuer and base URL, e.g. <c>http://127.0.0.1:40123</c>.</summary>
    public string Authority { get; private set; } = string.Empty;

    /// <summary>How many people signed out here (ended their session at the provider).</summary>
    public int SignOuts => _signOuts;

    private int _signOuts;

    /// <summary>The console's settings that make it sign people in here.</summary>
    public IReadOnlyDictionary<string, string> ConsoleEnvironment => new Dictionary<string, string>
    {
        ["Authentication__OpenIdConnect__Authority"] = Authority,
        ["Authentication__OpenIdConnect__ClientId"] = ClientId,
        ["Authentication__OpenIdConnect__ClientSecret"] = ClientSecret,
        ["Authentication__OpenIdConnect__RequireHttpsMetadata"] = "false",
        ["Authentication__OpenIdConnect__DisplayName"] = "the test provider",
    };

    public static async Task<TestOpenIdProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http1));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var provider = new TestOpenIdProvider(app);
        provider.Map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        provider.Authority = address.TrimEnd('/');
        return provider;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private void Map(WebApplication app)
    {
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Authority,
            ["authorization_endpoint"] = $"{Authority}/authorize",
            ["token_endpoint"] = $"{Authority}/token",
            ["jwks_uri"] = $"{Authority}/jwks",
            ["end_session_endpoint"] = $"{Authority}/logout",
            ["response_types_supported"] = s_code,
            ["subject_types_supported"] = s_public,
            ["id_token_signing_alg_values_supported"] = s_rs256,
            ["code_challenge_methods_supported"] = s_s256,
        }));
        app.MapGet("/jwks", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_key.Rsa.ExportParameters(false)) { KeyId = _key.KeyId });
            return Results.Json(new { keys = new[] { new { kty = jwk.Kty, use = "sig", kid = jwk.Kid, alg = "RS256", n = jwk.N, e = jwk.E } } });
        });
        app.MapGet("/authorize", (HttpRequest request) => Results.Content(SignInPage(request.Query), "text/html"));
        app.MapPost("/authorize", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            if (form["client_id"] != ClientId || form["code_challenge_method"] != "S256" || string.IsNullOrEmpty(form["user"]))
            {
                return Results.BadRequest("unknown client, no PKCE, or no user");
            }

            var code = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            _codes[code] = new Grant(form["user"]!, form["role"]!, form["redirect_uri"]!, form["nonce"]!, form["code_challenge"]!);
            return Results.Redirect($"{form["redirect_uri"]}?code={code}&state={Uri.EscapeDataString(form["state"]!)}");
        });
        app.MapPost("/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            if (form["client_id"] != ClientId || form["client_secret"] != ClientSecret)
            {
                return Results.Json(new { error = "invalid_client" }, statusCode: 401);
            }

            var verifier = form["code_verifier"].ToString();
            var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
            if (!_codes.TryRemove(form["code"].ToString(), out var grant) || grant.RedirectUri != form["redirect_uri"] || grant.CodeChallenge != challenge)
            {
                return Results.Json(new { error = "invalid_grant" }, statusCode: 400);
            }

            var lifetime = TimeSpan.FromHours(1);
            return Results.Json(new
            {
                access_token = TestIdentity.Token(grant.User, [grant.Role], lifetime: lifetime),
                id_token = IdToken(grant),
                token_type = "Bearer",
                expires_in = (int)lifetime.TotalSeconds,
            });
        });
        app.MapGet("/logout", (HttpRequest request) =>
        {
            Interlocked.Increment(ref _signOuts);
            var back = request.Query["post_logout_redirect_uri"].ToString();
            return back.Length == 0 ? Results.Content("Signed out.") : Results.Redirect($"{back}?state={Uri.EscapeDataString(request.Query["state"].ToString())}");
        });
    }

    private string IdToken(Grant grant)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = ClientId,
            Subject = new ClaimsIdentity([new Claim("sub", grant.User), new Claim("name", grant.User), new Claim("nonce", grant.Nonce)]),
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(10),
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>The provider's own sign-in page: who you are (no password: a test provider) and the role your directory gives you.</summary>
    private static string SignInPage(IQueryCollection query)
    {
        var hidden = string.Concat(s_passedOn.Select(name => $"<input type=\"hidden\" name=\"{name}\" value=\"{WebUtility.HtmlEncode(query[name].ToString())}\">"));
        return $"""
            <!doctype html><html lang="en"><head><title>Test provider</title></head><body><main>
            <h1>Test identity provider</h1>
            <form method="post" action="/authorize">{hidden}
            <label for="user">User</label><input id="user" name="user">
            <label for="role">Role in the directory</label>
            <select id="role" name="role"><option>dispute-officer</option><option>complaint-handler</option><option>auditor</option></select>
            <button type="submit" id="continue">Continue</button>
            </form></main></body></html>
            """;
    }

    private sealed record Grant(string User, string Role, string RedirectUri, string Nonce, string CodeChallenge);
}
