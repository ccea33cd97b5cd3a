namespace Platform.OfficerConsole.SignIn;

/// <summary>
/// Sign-in with the organisation's identity provider by OpenID Connect (configuration section
/// <c>Authentication:OpenIdConnect</c>): the authorization-code flow with PKCE. The provider's access token, issued for
/// the platform's audience with the person's roles, is what the console's calls to the services carry; the services
/// trust the provider through their own <c>Authentication:Authority</c>.
/// </summary>
public sealed class OpenIdSignInOptions
{
    public const string Section = "Authentication:OpenIdConnect";

    /// <summary>The provider's base URL (its discovery document is under it). Unset: no sign-in by the provider.</summary>
    public string Authority { get; set; } = string.Empty;

    /// <summary>The console's client id at the provider.</summary>
    public string ClientId { get; set; } = string.Empty;

    /// <summary>The console's client secret (a confidential client: the code is redeemed by the server).</summary>
    public string ClientSecret { get; set; } = string.Empty;

    /// <summary>Scopes asked for besides <c>openid</c> and <c>profile</c>, space-separated: what makes the provider issue a platform token.</summary>
    public string Scopes { get; set; } = string.Empty;

    /// <summary>Whether the discovery document must come over HTTPS (only a local provider may turn it off).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The provider's name on the sign-in page's button.</summary>
    public string DisplayName { get; set; } = "your organisation's account";

    public bool IsConfigured => Authority.Length > 0 && ClientId.Length > 0;
}
