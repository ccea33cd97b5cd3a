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

    /// <summary>
    /// A count the caller may leave at 0 for <paramref name="byDefault"/>: at most <paramref name="max"/>, never
    /// negative (a page size, how many items an answer carries).
    /// </summary>
    public static int Limit(int requested, string field, int byDefault, int max) => requested switch
    {
        < 0 => throw RuleViolationException.Invalid(field, $"{field} must not be negative."),
        0 => byDefault,
        _ => Math.Min(requested, max),
    };

    /// <summary>
    /// A time from the wire, cut to the microsecond PostgreSQL keeps, so a bound compared with stored times
    /// (also cut) keeps its meaning.
    /// </summary>
    public static DateTimeOffset RequiredTime(Timestamp? value, string field) =>
        OptionalTime(value, field) ?? throw RuleViolationException.Invalid(field, $"{field} is required.");

    /// <summary>As <see cref="RequiredTime"/>, null when absent.</summary>
    public static DateTimeOffset? OptionalTime(Timestamp? value, string field)
    {
        if (value is null)
        {
            return null;
        }

        // The protobuf range: 0001-01-01 to 9999-12-31, nanos within a second.
        if (value.Seconds is < -62_135_596_800 or > 253_402_300_799 || value.Nanos is < 0 or > 999_999_999)
        {
            throw RuleViolationException.Invalid(field, $"{field} is not a valid instant (seconds {value.Seconds}, nanos {value.Nanos}); it must lie in the years 0001 to 9999.");
        }

        return DatabasePrecisionTimeProvider.ToDatabasePrecision(value.ToDateTimeOffset());
    }

    /// <summary>A duration from the wire; null when absent. Out of protobuf's range (±10,000 years) or with mixed signs, it is refused.</summary>
    public static TimeSpan? OptionalDuration(Duration? value, string field)
    {
        if (value is null)
        {
            return null;
        }

        var mixedSigns = (value.Seconds < 0 && value.Nanos > 0) || (value.Seconds > 0 && value.Nanos < 0);
        if (value.Seconds is < -315_576_000_000 or > 315_576_000_000 || value.Nanos is < -999_999_999 or > 999_999_999 || mixedSigns)
        {
            throw RuleViolationException.Invalid(field, $"{field} is not a valid duration (seconds {value.Seconds}, nanos {value.Nanos}).");
        }

        return value.ToTimeSpan();
    }

    /// <summary>
    /// A wire enum value this build knows: proto3 lets a client send any number, and one the contract does
    /// not define is refused rather than read as nothing.
    /// </summary>
    public static TEnum Known<TEnum>(TEnum value, string field)
        where TEnum : struct, System.Enum =>
        System.Enum.IsDefined(value)
            ? value
            : throw RuleViolationException.Invalid(field, $"{field} {Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)} is not one of {string.Join(", ", System.Enum.GetNames<TEnum>())}.");

    /// <summary>A decimal carried as <c>platform.common.v1.Decimal</c>; null when the message is absent.</summary>
    public static decimal? OptionalDecimal(Contracts.Common.V1.Decimal? value, string field)
    {
        if (value is null)
        {
            return null;
        }

        return decimal.TryParse(value.Value, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? number
            : throw RuleViolationException.Invalid(field, $"{field} must be a decimal number like \"95.5\", not '{Truncate(value.Value)}'.");
    }

    /// <summary>A decimal for the wire, with '.' and no exponent.</summary>
    public static Contracts.Common.V1.Decimal? ToWire(decimal? value) =>
        value is { } number ? new Contracts.Common.V1.Decimal { Value = number.ToString(System.Globalization.CultureInfo.InvariantCulture) } : null;

    public static T Required<T>(T? value, string field)
        where T : class =>
        value ?? throw RuleViolationException.Invalid(field, $"{field} is required.");

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
