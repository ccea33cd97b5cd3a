using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Platform.EndToEndTests.Infrastructure;

/// <summary>Gives every unary call without a deadline one, so a hung service fails a test instead of hanging it.</summary>
internal sealed class DefaultDeadlineInterceptor : Interceptor
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(10);

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request,
        ClientInterceptorContext<TRequest, TResponse> context,
        AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        if (context.Options.Deadline is null)
        {
            context = new ClientInterceptorContext<TRequest, TResponse>(
                context.Method, context.Host, context.Options.WithDeadline(DateTime.UtcNow + CallTimeout));
        }

        return continuation(request, context);
    }
}
