namespace Platform.OfficerConsole.SignIn;

/// <summary>
/// The development token issuer the services trust (configuration section <c>Authentication</c>, the same settings
/// as theirs): with a signing key, the console signs people in by name and role and mints their tokens itself.
/// </summary>
public sealed class DevelopmentIssuerOptions
{
    public const string Section = "Authentication";

    public string Issuer { get; set; } = string.Empty;

    public string Audience { get; set; } = string.Empty;

    /// <summary>Base64 HS256 keys; the first signs. None: development sign-in is off.</summary>
    public Dictionary<string, string> SigningKeys { get; } = [];
}
