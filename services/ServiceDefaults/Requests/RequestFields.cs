using Google.Protobuf.WellKnownTypes;
using Platform.SharedKernel;

namespace Platform.ServiceDefaults.Requests;

/// <summary>Reads request fields, naming the field (as on the wire) in the INVALID_ARGUMENT it raises.</summary>
public static class RequestFields
{
    public static Guid RequiredGuid(string value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw RuleViolationException.Invalid(field, $"{field} is required.");
        }

        return Guid.TryParse(value, out var id)
            ? id
            : throw RuleViolationException.Invalid(field, $"{field} must be a UUID, not '{Truncate(value)}'.");
    }

    public static DateTimeOffset RequiredTime(Timestamp? value, string field) =>
        value is null
            ? throw RuleViolationException.Invalid(field, $"{field} is required.")
            : value.ToDateTimeOffset();

    public static T Required<T>(T? value, string field)
        where T : class =>
        value ?? throw RuleViolationException.Invalid(field, $"{field} is required.");

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
