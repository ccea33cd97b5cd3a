namespace Platform.ServiceDefaults.Security;

/// <summary>
/// How tokens are validated (section <c>Authentication</c>). A real deployment names its issuer's
/// <see cref="Authority"/> (keys from its JWKS via OpenID Connect discovery); local runs and tests use
/// <see cref="SigningKeys"/> with the development issuer. One of the two is required.
/// </summary>
public sealed class PlatformAuthenticationOptions
{
    public const string Section = "Authentication";

    /// <summary>The <c>iss</c> every token must carry.</summary>
    public string Issuer { get; set; } = string.Empty;

    /// <summary>The <c>aud</c> every token must carry.</summary>
    public string Audience { get; set; } = string.Empty;

    /// <summary>The issuer's base URL; its signing keys are read from its discovery document and JWKS.</summary>
    public string? Authority { get; set; }

    /// <summary>Whether the discovery document must be fetched over HTTPS (only a local issuer may turn it off).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>
    /// Symmetric HMAC-SHA256 keys, base64, at least 256 bits; more than one during a key rotation. For the
    /// development issuer only; never set one in a real deployment.
    /// </summary>
    public IList<string> SigningKeys { get; } = [];

    /// <summary>Tolerated difference between the issuer's clock and ours.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);
}
