namespace Platform.Contracts.Security;

/// <summary>
/// Part of the API contract: the roles a caller's token carries (claim <c>roles</c>) and the permissions (claim <c>scope</c>,
/// space-separated). Each service's RPC policy table says which roles may call each RPC.
/// </summary>
public static class PlatformRoles
{
    /// <summary>Internal applications: file and read complaints, report interruptions, read agreements, open disputes.</summary>
    public const string InternalApp = "internal-app";

    /// <summary>Works complaints: acknowledges, updates, resolves, closes.</summary>
    public const string ComplaintHandler = "complaint-handler";

    /// <summary>Advances disputes through negotiation, arbitration and litigation.</summary>
    public const string DisputeOfficer = "dispute-officer";

    /// <summary>Keeps the fund, team, technology, surveys and inspections.</summary>
    public const string AssuranceManager = "assurance-manager";

    /// <summary>Creates, signs, amends and ends agreements; manages breaches.</summary>
    public const string AgreementManager = "agreement-manager";

    /// <summary>Reads everything, changes nothing.</summary>
    public const string Auditor = "auditor";

    /// <summary>Runs the platform: health and status, nothing of customers.</summary>
    public const string Sre = "sre";

    /// <summary>Permission to see customer contact details unmasked.</summary>
    public const string PiiRead = "pii:read";

    /// <summary>Every role, for documentation and tests.</summary>
    public static IReadOnlyList<string> All { get; } =
        [InternalApp, ComplaintHandler, DisputeOfficer, AssuranceManager, AgreementManager, Auditor, Sre];

    /// <summary>Claim type of the roles.</summary>
    public const string RolesClaim = "roles";

    /// <summary>Claim type of the permissions (space-separated, as OAuth scopes).</summary>
    public const string ScopeClaim = "scope";
}
