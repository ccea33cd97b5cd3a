namespace Platform.SharedKernel.Tests.Calendar;

/// <summary>Instants for calendar tests: UTC, or an unambiguous wall-clock time of a zone.</summary>
internal static class Instant
{
    public static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    public static DateTimeOffset Berlin(int year, int month, int day, int hour, int minute = 0) =>
        Local("Europe/Berlin", new DateTime(year, month, day, hour, minute, 0));

    public static DateTimeOffset NewYork(int year, int month, int day, int hour, int minute = 0) =>
        Local("America/New_York", new DateTime(year, month, day, hour, minute, 0));

    public static DateTimeOffset Shanghai(int year, int month, int day, int hour, int minute = 0) =>
        Local("Asia/Shanghai", new DateTime(year, month, day, hour, minute, 0));

    private static DateTimeOffset Local(string zone, DateTime wallClock) =>
        new(TimeZoneInfo.ConvertTimeToUtc(wallClock, TimeZoneInfo.FindSystemTimeZoneById(zone)), TimeSpan.Zero);
}
