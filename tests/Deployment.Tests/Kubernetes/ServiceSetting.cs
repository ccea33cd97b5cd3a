namespace Platform.Deployment.Tests.Kubernetes;

/// <summary>
/// One environment variable a service reads. <see cref="Prefix"/>: any name that starts with <see cref="Name"/>
/// (a list or a dictionary, as <c>Authentication__SigningKeys__0</c>). <see cref="Services"/>: the services that
/// read it, or null for all four.
/// </summary>
internal sealed record ServiceSetting(
    string Name,
    bool Required = false,
    bool Secret = false,
    bool Prefix = false,
    string[]? Services = null)
{
    public bool AppliesTo(string service) => Services is null || Services.Contains(service);

    public bool Matches(string variable) => Prefix ? variable.StartsWith(Name, StringComparison.Ordinal) : variable == Name;
}
