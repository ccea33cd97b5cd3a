using Google.Rpc;
using Grpc.Core;
using Platform.Platformctl.Output;

namespace Platform.Platformctl.Errors;

/// <summary>
/// Turns a server's refusal into one readable line: the status code, the rule or field from the
/// google.rpc details, and the server's sentence.
/// </summary>
internal static class RpcErrorPrinter
{
    public static string Describe(RpcException exception)
    {
        var code = Format.Enum(exception.StatusCode);
        var status = exception.GetRpcStatus();
        if (status is null)
        {
            return $"error: {code}: {exception.Status.Detail}";
        }

        var subjects = new List<string>();
        if (status.GetDetail<BadRequest>() is { } badRequest)
        {
            subjects.AddRange(badRequest.FieldViolations.Select(v => $"{v.Field}: {v.Description}"));
        }

        if (status.GetDetail<PreconditionFailure>() is { } precondition)
        {
            subjects.AddRange(precondition.Violations.Select(v => string.IsNullOrEmpty(v.Subject) ? v.Description : $"{v.Subject}: {v.Description}"));
        }

        var reason = status.GetDetail<ErrorInfo>()?.Reason;
        // The reason adds something only when it is a rule's code, not the status code again.
        var head = string.IsNullOrEmpty(reason) || string.Equals(reason, code, StringComparison.OrdinalIgnoreCase) ? code : $"{code} ({reason})";
        var body = subjects.Count > 0 ? string.Join("; ", subjects) : status.Message;
        return $"error: {head}: {body}";
    }
}
