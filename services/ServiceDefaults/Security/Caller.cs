using System.Security.Claims;
using Grpc.Core;
using Platform.Contracts.Security;

namespace Platform.ServiceDefaults.Security;

/// <summary>Who makes a call, from the validated token: subject, roles and permissions.</summary>
public sealed record Caller(string Subject, IReadOnlySet<string> Roles, IReadOnlySet<string> Permissions)
{
    public bool Has(string permission) => Permissions.Contains(permission);

    public static Caller From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var subject = user.FindFirst("sub")?.Value ?? user.Identity?.Name ?? "anonymous";
        var roles = user.FindAll(PlatformRoles.RolesClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var permissions = user.FindAll(PlatformRoles.ScopeClaim)
            .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToHashSet(StringComparer.Ordinal);
        return new Caller(subject, roles, permissions);
    }
}

public static class CallerExtensions
{
    /// <summary>The caller of this gRPC call, as its token says.</summary>
    public static Caller Caller(this ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Security.Caller.From(context.GetHttpContext().User);
    }

    /// <summary>Refuses the call with PERMISSION_DENIED unless the caller holds <paramref name="permission"/>.</summary>
    public static void Require(this ServerCallContext context, string permission, string why)
    {
        var caller = context.Caller();
        if (!caller.Has(permission))
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied, $"{why} needs the {permission} permission, which {caller.Subject} does not have."));
        }
    }
}
