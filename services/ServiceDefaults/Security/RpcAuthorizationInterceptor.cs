using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Platform.ServiceDefaults.Security;

/// <summary>
/// Applies the policy tables to every call before the service sees it: no or a refused token is
/// UNAUTHENTICATED (with the reason), a caller without a role the RPC allows is PERMISSION_DENIED (naming
/// the roles), and an RPC without a rule is refused outright.
/// </summary>
internal sealed class RpcAuthorizationInterceptor(RpcPolicies policies) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        await AuthorizeAsync(context);
        return await continuation(request, context);
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        await AuthorizeAsync(context);
        return await continuation(requestStream, context);
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        await AuthorizeAsync(context);
        await continuation(request, responseStream, context);
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        await AuthorizeAsync(context);
        await continuation(requestStream, responseStream, context);
    }

    private async Task AuthorizeAsync(ServerCallContext context)
    {
        var rule = policies.Find(context.Method)
            ?? throw new RpcException(new Status(StatusCode.PermissionDenied, $"{context.Method} has no access rule, so nobody may call it."));
        if (rule.IsOpen)
        {
            return;
        }

        var http = context.GetHttpContext();
        if (http.User.Identity?.IsAuthenticated != true)
        {
            // The middleware kept the reason a token was refused; say it, so a caller can fix its token.
            var result = await http.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
            throw new RpcException(new Status(
                StatusCode.Unauthenticated,
                result.Failure is { } failure
                    ? $"The bearer token was refused: {Reason(failure)}"
                    : "A bearer token is required (metadata 'authorization: Bearer <token>')."));
        }

        if (!rule.Allows(http.User.IsInRole))
        {
            var caller = Caller.From(http.User);
            var held = caller.Roles.Count == 0 ? "no role" : $"the roles {string.Join(", ", caller.Roles.Order(StringComparer.Ordinal))}";
            throw new RpcException(new Status(
                StatusCode.PermissionDenied,
                $"{MethodName(context.Method)} needs one of the roles {string.Join(", ", rule.Roles.Order(StringComparer.Ordinal))}; {caller.Subject} has {held}."));
        }
    }

    /// <summary>Why a token was refused, in one line that tells the caller what to fix and nothing about our keys.</summary>
    private static string Reason(Exception failure) => failure switch
    {
        SecurityTokenExpiredException expired => $"it expired at {expired.Expires:O}.",
        SecurityTokenNotYetValidException early => $"it is not valid before {early.NotBefore:O}.",
        SecurityTokenInvalidIssuerException => "it was not issued by the issuer this platform trusts.",
        SecurityTokenInvalidAudienceException => "it is not meant for this platform (audience).",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "its signature does not verify with the issuer's keys.",
        SecurityTokenNoExpirationException => "it has no expiry.",
        _ => "it is not a valid token.",
    };

    private static string MethodName(string path) => path[(path.LastIndexOf('/') + 1)..];
}
