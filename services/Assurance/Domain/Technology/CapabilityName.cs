namespace Platform.Assurance.Domain.Technology;

/// <summary>
/// How a capability's name is matched with the capabilities an agreement requires (clause 3.3): trimmed and
/// case-insensitive, so "Intelligent Customer-Service System " meets "intelligent customer-service system".
/// </summary>
public static class CapabilityName
{
    public static string Key(string name) => name.Trim().ToUpperInvariant();

    public static bool Matches(string left, string right) => Key(left) == Key(right);
}
