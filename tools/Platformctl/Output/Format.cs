using System.Globalization;
using Google.Protobuf.WellKnownTypes;

namespace Platform.Platformctl.Output;

/// <summary>Short, culture-invariant text for protobuf values in tables.</summary>
internal static class Format
{
    public static string Time(Timestamp? timestamp) =>
        timestamp is null ? "-" : timestamp.ToDateTimeOffset().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Span(Duration? duration) =>
        duration is null ? "-" : duration.ToTimeSpan().ToString("c", CultureInfo.InvariantCulture);

    /// <summary>A short age for people: <c>45s</c>, <c>3m05s</c>, <c>2h04m</c>, <c>3d02h</c>.</summary>
    public static string Age(double seconds)
    {
        var t = TimeSpan.FromSeconds(Math.Max(0, Math.Round(seconds)));
        return t switch
        {
            { TotalMinutes: < 1 } => string.Create(CultureInfo.InvariantCulture, $"{t.Seconds}s"),
            { TotalHours: < 1 } => string.Create(CultureInfo.InvariantCulture, $"{t.Minutes}m{t.Seconds:00}s"),
            { TotalDays: < 1 } => string.Create(CultureInfo.InvariantCulture, $"{t.Hours}h{t.Minutes:00}m"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalDays}d{t.Hours:00}h"),
        };
    }

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Text(string? value) => string.IsNullOrEmpty(value) ? "-" : value;

    /// <summary>An enum value as its proto name without the type prefix: <c>AGREEMENT_STATUS_IN_FORCE</c> (C# <c>InForce</c>) → <c>IN_FORCE</c>.</summary>
    public static string Enum<TEnum>(TEnum value)
        where TEnum : struct, System.Enum
    {
        var name = value.ToString();
        return string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();
    }
}
