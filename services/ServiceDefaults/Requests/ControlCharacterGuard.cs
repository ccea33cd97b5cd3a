using System.Collections;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Platform.SharedKernel;

namespace Platform.ServiceDefaults.Requests;

/// <summary>
/// Refuses any request with a control character in any text field (tab, carriage return and line feed
/// aside), naming the field, before a handler sees it. No business text has them; NUL cannot even be stored
/// in PostgreSQL text, and escape sequences end up in logs and terminals.
/// </summary>
internal sealed class ControlCharacterGuard : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        if (request is IMessage message && FirstWithControlCharacter(message, prefix: string.Empty, depth: 0) is { } field)
        {
            throw RuleViolationException.Invalid(field, $"{field} contains a control character; only tab, carriage return and line feed are allowed in text.");
        }

        return continuation(request, context);
    }

    /// <summary>The path of the first text field holding a control character, or null.</summary>
    internal static string? FirstWithControlCharacter(IMessage message, string prefix, int depth)
    {
        if (depth > 16)
        {
            return null; // protobuf's own recursion limit stops deeper messages before they get here
        }

        foreach (var field in message.Descriptor.Fields.InDeclarationOrder())
        {
            var value = field.Accessor.GetValue(message);
            var path = $"{prefix}{field.Name}";
            var found = value switch
            {
                string text => HasControlCharacter(text) ? path : null,
                IMessage nested => FirstWithControlCharacter(nested, $"{path}.", depth + 1),
                IDictionary map => FirstInItems(map.Values, path, depth),
                IList list when field.FieldType is FieldType.String or FieldType.Message => FirstInItems(list, path, depth),
                _ => null,
            };
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    private static string? FirstInItems(IEnumerable items, string path, int depth)
    {
        foreach (var item in items)
        {
            var found = item switch
            {
                string text => HasControlCharacter(text) ? path : null,
                IMessage nested => FirstWithControlCharacter(nested, $"{path}.", depth + 1),
                _ => null,
            };
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    private static bool HasControlCharacter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\r' or '\n'))
            {
                return true;
            }
        }

        return false;
    }
}
