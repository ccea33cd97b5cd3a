using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.ServiceDefaults.Security;

namespace Platform.ServiceDefaults.Audit;

/// <summary>
/// Outermost on every call: a change gets its record in its own transaction (see
/// <see cref="AuditSaveChangesInterceptor"/>); a change that fails, or commits nothing (a retried request),
/// and any call of an authenticated caller refused for its role gets one of its own with the status it ended
/// with. Calls without a valid token are logged, not stored.
/// </summary>
internal sealed partial class AuditInterceptor(RpcPolicies policies, ILogger<AuditInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        var rule = policies.Find(context.Method);
        var services = context.GetHttpContext().RequestServices;
        if (rule is null || rule.IsOpen || services.GetService<IAuditTrail>() is not { } trail)
        {
            return await continuation(request, context);
        }

        // A read that succeeds leaves no record: the caller and the call's scope are only worked out for
        // changes, or once a call is refused.
        var change = rule.Kind == RpcKind.Change;
        var caller = change ? Caller.From(context.GetHttpContext().User) : null;
        var scope = change ? services.GetRequiredService<AuditScope>() : null;
        scope?.BeginChange(caller!, context.Method);

        TResponse response;
        try
        {
            response = await continuation(request, context);
        }
        catch (Exception ex)
        {
            var status = ex is RpcException rpc ? rpc.StatusCode : StatusCode.Internal;
            if (status == StatusCode.Unauthenticated)
            {
                // No identity to attribute, and a row per call would let anyone without a token grow the trail:
                // logged, not stored.
                LogUnauthenticated(context.Method, context.Peer);
                throw;
            }

            var refused = status == StatusCode.PermissionDenied;
            if (refused || change)
            {
                caller ??= Caller.From(context.GetHttpContext().User);
                await WriteAsync(trail, caller, context.Method, scope?.TargetId ?? TargetNamedBy(request), OutcomeOf(status), refused ? AuditKinds.Refused : AuditKinds.Change);
            }

            throw;
        }

        if (scope is { Recorded: false })
        {
            await WriteAsync(trail, caller!, context.Method, scope.TargetId ?? TargetNamedBy(request), "OK", AuditKinds.Change);
        }

        return response;
    }

    /// <summary>
    /// For a call that saved nothing, the target is what the request names: its first <c>…_id</c> field
    /// (the client's <c>request_id</c> aside), e.g. the agreement_id of a refused SignAgreement.
    /// </summary>
    private static string? TargetNamedBy(object request)
    {
        if (request is not IMessage message)
        {
            return null;
        }

        var field = message.Descriptor.Fields.InFieldNumberOrder().FirstOrDefault(f =>
            f.FieldType == FieldType.String && !f.IsRepeated && f.Name.EndsWith("_id", StringComparison.Ordinal) && f.Name != "request_id");
        return field?.Accessor.GetValue(message) is string { Length: > 0 } id ? id : null;
    }

    /// <summary>"PERMISSION_DENIED" for <see cref="StatusCode.PermissionDenied"/>: the name gRPC clients show.</summary>
    internal static string OutcomeOf(StatusCode status) =>
        string.Concat(status.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? $"_{c}" : $"{c}")).ToUpperInvariant();

    private async Task WriteAsync(IAuditTrail trail, Caller caller, string rpc, string? target, string outcome, string kind)
    {
        try
        {
            // Not the call's token: a caller that gave up must still leave its trace.
            await trail.RecordAsync(caller, rpc, target, outcome, kind, CancellationToken.None);
        }
        catch (Exception ex)
        {
            LogAuditWriteFailed(ex, rpc, outcome);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Rpc} from {Peer}: no valid bearer token")]
    private partial void LogUnauthenticated(string rpc, string peer);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not write the audit record of {Rpc} ({Outcome})")]
    private partial void LogAuditWriteFailed(Exception exception, string rpc, string outcome);
}
