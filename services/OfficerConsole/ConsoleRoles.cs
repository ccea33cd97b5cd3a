using Platform.Contracts.Security;

namespace Platform.OfficerConsole;

/// <summary>Who may open the pages every signed-in person of the console works with.</summary>
internal static class ConsoleRoles
{
    /// <summary>Dispute officers and complaint handlers (for <c>[Authorize(Roles = ...)]</c>).</summary>
    public const string Staff = PlatformRoles.DisputeOfficer + "," + PlatformRoles.ComplaintHandler;
}
