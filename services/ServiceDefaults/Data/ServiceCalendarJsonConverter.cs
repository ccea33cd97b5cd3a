using System.Text.Json;
using System.Text.Json.Serialization;
using Platform.SharedKernel.Calendar;

namespace Platform.ServiceDefaults.Data;

/// <summary>
/// Stores a service calendar as <c>{"timeZone":…, "weeklySchedule":[…], "holidays":[…]}</c> (no time zone:
/// round the clock) and rebuilds it through its factory, so a stored calendar is checked like a new one.
/// </summary>
public sealed class ServiceCalendarJsonConverter : JsonConverter<ServiceCalendar>
{
    public override ServiceCalendar Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var stored = JsonSerializer.Deserialize<StoredCalendar>(ref reader, options)
            ?? throw new JsonException("A stored service calendar is empty.");
        return stored.TimeZone is null
            ? ServiceCalendar.RoundTheClock
            : ServiceCalendar.BusinessHours(stored.TimeZone, stored.WeeklySchedule, stored.Holidays);
    }

    public override void Write(Utf8JsonWriter writer, ServiceCalendar value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, new StoredCalendar(value.TimeZoneId, [.. value.WeeklySchedule], [.. value.Holidays]), options);

    private sealed record StoredCalendar(string? TimeZone, List<WorkingWindow> WeeklySchedule, List<DateOnly> Holidays);
}
