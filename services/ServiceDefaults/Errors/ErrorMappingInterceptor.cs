using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using Platform.SharedKernel;

namespace Platform.ServiceDefaults.Errors;

/// <summary>
/// The one place where failures become gRPC statuses: a broken domain rule maps to its status with the
/// field or rule named in <c>google.rpc</c> details, a lost optimistic-concurrency race to ABORTED, and
/// anything unexpected to INTERNAL with no stack trace (it is logged here instead).
/// </summary>
public sealed partial class ErrorMappingInterceptor(ILogger<ErrorMappingInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request,
        ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw Map(ex, context.Method);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request,
        IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw Map(ex, context.Method);
        }
    }

    private RpcException Map(Exception exception, string method) => exception switch
    {
        RuleViolationException violation => ToRpcException(violation),
        // A lost optimistic-concurrency race, or a concurrent change that took the same unique key first.
        DbUpdateConcurrencyException or DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } }
            => new Google.Rpc.Status
            {
                Code = (int)Code.Aborted,
                Message = "The resource was changed by someone else at the same time; read it again and retry.",
            }.ToRpcException(),
        OperationCanceledException => new RpcException(new global::Grpc.Core.Status(StatusCode.Cancelled, "The call was cancelled.")),
        _ => Unexpected(exception, method),
    };

    private RpcException Unexpected(Exception exception, string method)
    {
        var reference = System.Diagnostics.Activity.Current?.TraceId.ToString() ?? Guid.NewGuid().ToString("N");
        LogUnexpected(exception, method, reference);
        return new RpcException(new global::Grpc.Core.Status(
            StatusCode.Internal, $"An internal error occurred. Quote reference {reference} to the operators."));
    }

    internal static RpcException ToRpcException(RuleViolationException violation)
    {
        var status = new Google.Rpc.Status { Code = (int)ToCode(violation.Kind), Message = violation.Message };
        status.Details.Add(Any.Pack(new ErrorInfo { Reason = violation.Code, Domain = "platform" }));
        switch (violation.Kind)
        {
            case RuleKind.InvalidArgument:
                status.Details.Add(Any.Pack(new BadRequest
                {
                    FieldViolations = { new BadRequest.Types.FieldViolation { Field = violation.Subject, Description = violation.Message } },
                }));
                break;
            case RuleKind.FailedPrecondition:
                status.Details.Add(Any.Pack(new PreconditionFailure
                {
                    Violations = { new PreconditionFailure.Types.Violation { Type = violation.Code, Subject = violation.Subject, Description = violation.Message } },
                }));
                break;
            case RuleKind.NotFound:
                status.Details.Add(Any.Pack(new ResourceInfo { ResourceType = violation.Subject, Description = violation.Message }));
                break;
        }

        return status.ToRpcException();
    }

    private static Code ToCode(RuleKind kind) => kind switch
    {
        RuleKind.InvalidArgument => Code.InvalidArgument,
        RuleKind.NotFound => Code.NotFound,
        RuleKind.FailedPrecondition => Code.FailedPrecondition,
        RuleKind.AlreadyExists => Code.AlreadyExists,
        RuleKind.ConcurrencyConflict => Code.Aborted,
        _ => Code.Unknown,
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error in {Method} (reference {Reference})")]
    private partial void LogUnexpected(Exception exception, string method, string reference);
}
