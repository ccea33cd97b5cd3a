using Platform.SharedKernel.Calendar;

namespace Platform.SharedKernel.Tests.Calendar;

public sealed class IcsHolidaysTests
{
    private const string Field = "terms.service_calendar.business_hours.holidays_ical";

    private static string Ics(params string[] eventLines) => string.Join("\r\n",
        ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//Holidays//EN", .. eventLines, "END:VCALENDAR", ""]);

    private static string Event(params string[] lines) => string.Join("\r\n", ["BEGIN:VEVENT", "UID:1@test", .. lines, "END:VEVENT"]);

    private static RuleViolationException Refused(string ics)
    {
        var error = Assert.Throws<RuleViolationException>(() => IcsHolidays.Parse(ics));
        Assert.Equal(RuleKind.InvalidArgument, error.Kind);
        Assert.Equal(Field, error.Subject);
        return error;
    }

    [Fact]
    public void Single_day_event_is_one_holiday()
    {
        var holidays = IcsHolidays.Parse(Ics(Event("DTSTART;VALUE=DATE:20261001", "DTEND;VALUE=DATE:20261002", "SUMMARY:National Day")));

        Assert.Equal([new DateOnly(2026, 10, 1)], holidays);
    }

    [Fact]
    public void Event_without_an_end_lasts_one_day()
    {
        var holidays = IcsHolidays.Parse(Ics(Event("DTSTART;VALUE=DATE:20261225")));

        Assert.Equal([new DateOnly(2026, 12, 25)], holidays);
    }

    [Fact]
    public void Multi_day_event_covers_each_date_up_to_its_exclusive_end()
    {
        var holidays = IcsHolidays.Parse(Ics(Event("DTSTART;VALUE=DATE:20261001", "DTEND;VALUE=DATE:20261008")));

        Assert.Equal(Enumerable.Range(1, 7).Select(day => new DateOnly(2026, 10, day)), holidays.ToList());
    }

    [Fact]
    public void Event_across_a_month_end_continues_into_the_next_month()
    {
        var holidays = IcsHolidays.Parse(Ics(Event("DTSTART;VALUE=DATE:20261231", "DTEND;VALUE=DATE:20270102")));

        Assert.Equal([new DateOnly(2026, 12, 31), new DateOnly(2027, 1, 1)], holidays);
    }

    [Theory]
    [InlineData("P3D", 3)]
    [InlineData("P1W", 7)]
    [InlineData("+P2D", 2)]
    public void Duration_in_days_or_weeks_sets_the_length(string duration, int days)
    {
        var holidays = IcsHolidays.Parse(Ics(Event("DTSTART;VALUE=DATE:20260501", $"DURATION:{duration}")));

        Assert.Equal(days, holidays.Count);
        Assert.Equal(new DateOnly(2026, 5, 1).AddDays(days - 1), holidays.Max);
    }

    [Fact]
    public void Events_of_the_file_are_merged_and_ordered()
    {
        var holidays = IcsHolidays.Parse(Ics(
            Event("DTSTART;VALUE=DATE:20261225", "DTEND;VALUE=DATE:20261227"),
            Event("DTSTART;VALUE=DATE:20260101"),
            Event("DTSTART;VALUE=DATE:20261226")));

        Assert.Equal([new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 26)], holidays);
    }

    [Fact]
    public void Calendar_without_events_has_no_holidays()
    {
        Assert.Empty(IcsHolidays.Parse(Ics()));
    }

    [Fact]
    public void Folded_lines_are_unfolded()
    {
        var ics = Ics(Event("SUMMARY:A very long holiday name that a calendar app", " folded onto the next line", "DTSTART;VALUE=", "\tDATE:2026", " 1001"));

        Assert.Equal([new DateOnly(2026, 10, 1)], IcsHolidays.Parse(ics));
    }

    [Fact]
    public void Unix_line_endings_are_accepted()
    {
        var ics = Ics(Event("DTSTART;VALUE=DATE:20261001")).Replace("\r\n", "\n", StringComparison.Ordinal);

        Assert.Equal([new DateOnly(2026, 10, 1)], IcsHolidays.Parse(ics));
    }

    [Fact]
    public void Byte_order_mark_blank_lines_and_a_missing_final_newline_are_tolerated()
    {
        var ics = "\uFEFF" + Ics(Event("DTSTART;VALUE=DATE:20261001")).Replace("VERSION:2.0", "VERSION:2.0\r\n", StringComparison.Ordinal).TrimEnd();

        Assert.Equal([new DateOnly(2026, 10, 1)], IcsHolidays.Parse(ics));
    }

    [Fact]
    public void Names_are_case_insensitive()
    {
        var ics = "begin:vcalendar\r\nbegin:vevent\r\ndtstart;value=date:20261001\r\nend:vevent\r\nend:vcalendar\r\n";

        Assert.Equal([new DateOnly(2026, 10, 1)], IcsHolidays.Parse(ics));
    }

    [Fact]
    public void Date_without_a_value_type_is_read_as_a_date()
    {
        Assert.Equal([new DateOnly(2026, 10, 1)], IcsHolidays.Parse(Ics(Event("DTSTART:20261001"))));
    }

    [Fact]
    public void Other_components_and_properties_are_ignored()
    {
        var ics = Ics(
            "BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "BEGIN:STANDARD", "DTSTART:19701025T030000", "TZOFFSETTO:+0100", "END:STANDARD", "END:VTIMEZONE",
            "BEGIN:VTODO", "DTSTART:20260301T090000", "RRULE:FREQ=DAILY", "END:VTODO",
            Event("DTSTART;VALUE=DATE:20261001", "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE", "DESCRIPTION;LANGUAGE=en:Note: it's; a \"holiday\"",
                "BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "END:VALARM"));

        Assert.Equal([new DateOnly(2026, 10, 1)], IcsHolidays.Parse(ics));
    }

    [Fact]
    public void Quoted_parameters_may_contain_colons_and_semicolons()
    {
        var ics = Ics(Event("ATTENDEE;CN=\"Doe; Jane: HR\":mailto:jane@example.com", "DTSTART;X-NOTE=\"a:b;c\";VALUE=DATE:20261001"));

        Assert.Equal([new DateOnly(2026, 10, 1)], IcsHolidays.Parse(ics));
    }

    [Fact]
    public void Cancelled_event_is_not_a_holiday()
    {
        var holidays = IcsHolidays.Parse(Ics(Event("DTSTART;VALUE=DATE:20261001", "STATUS:CANCELLED"), Event("DTSTART;VALUE=DATE:20261002")));

        Assert.Equal([new DateOnly(2026, 10, 2)], holidays);
    }

    [Fact]
    public void Several_calendars_in_one_file_are_all_read()
    {
        var holidays = IcsHolidays.Parse(Ics(Event("DTSTART;VALUE=DATE:20261001")) + Ics(Event("DTSTART;VALUE=DATE:20261002")));

        Assert.Equal(2, holidays.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \r\n ")]
    public void Empty_file_is_refused(string? ics)
    {
        Refused(ics!);
    }

    [Fact]
    public void File_not_beginning_with_a_calendar_is_refused()
    {
        var error = Refused("<html><body>Not found</body></html>");

        Assert.Contains("line 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Event_outside_a_calendar_is_refused()
    {
        var error = Refused(Event("DTSTART;VALUE=DATE:20261001"));

        Assert.Contains("BEGIN:VCALENDAR", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Event_without_a_start_is_refused_naming_its_line()
    {
        var error = Refused(Ics(Event("DTSTART;VALUE=DATE:20261001"), Event("SUMMARY:No date")));

        Assert.Contains("line 8", error.Message, StringComparison.Ordinal);
        Assert.Contains("DTSTART", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DTSTART;VALUE=DATE:20260230")]
    [InlineData("DTSTART;VALUE=DATE:2026-10-01")]
    [InlineData("DTSTART;VALUE=DATE:")]
    [InlineData("DTSTART;VALUE=DATE:tomorrow")]
    public void Bad_date_is_refused_naming_its_line(string line)
    {
        var error = Refused(Ics(Event(line)));

        Assert.Contains("line 6", error.Message, StringComparison.Ordinal);
        Assert.Contains("not a valid date", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DTSTART:20261001T090000Z")]
    [InlineData("DTSTART;TZID=Europe/Berlin:20261001T000000")]
    [InlineData("DTSTART;VALUE=DATE-TIME:20261001")]
    public void Timed_event_is_refused(string line)
    {
        var error = Refused(Ics(Event(line)));

        Assert.Contains("date-time", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Timed_end_of_an_all_day_event_is_refused()
    {
        Refused(Ics(Event("DTSTART;VALUE=DATE:20261001", "DTEND:20261001T120000")));
    }

    [Theory]
    [InlineData("RRULE:FREQ=YEARLY")]
    [InlineData("RRULE:FREQ=YEARLY;COUNT=5")]
    [InlineData("RDATE;VALUE=DATE:20271001")]
    [InlineData("EXDATE;VALUE=DATE:20271001")]
    public void Repeating_event_is_refused(string line)
    {
        var error = Refused(Ics(Event("DTSTART;VALUE=DATE:20261001", line)));

        Assert.Contains("repeat", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void End_before_start_is_refused()
    {
        Refused(Ics(Event("DTSTART;VALUE=DATE:20261005", "DTEND;VALUE=DATE:20261001")));
    }

    [Fact]
    public void End_equal_to_start_is_read_as_one_day()
    {
        var holidays = IcsHolidays.Parse(Ics(Event("DTSTART;VALUE=DATE:20261001", "DTEND;VALUE=DATE:20261001")));

        Assert.Equal([new DateOnly(2026, 10, 1)], holidays);
    }

    [Theory]
    [InlineData("DURATION:PT8H")]
    [InlineData("DURATION:P0D")]
    [InlineData("DURATION:P1DT12H")]
    public void Duration_that_is_not_whole_days_is_refused(string line)
    {
        Refused(Ics(Event("DTSTART;VALUE=DATE:20261001", line)));
    }

    [Fact]
    public void Two_starts_in_one_event_are_refused()
    {
        Refused(Ics(Event("DTSTART;VALUE=DATE:20261001", "DTSTART;VALUE=DATE:20261002")));
    }

    [Fact]
    public void End_and_duration_together_are_refused()
    {
        Refused(Ics(Event("DTSTART;VALUE=DATE:20261001", "DTEND;VALUE=DATE:20261002", "DURATION:P1D")));
    }

    [Fact]
    public void Event_longer_than_a_year_is_refused()
    {
        var error = Refused(Ics(Event("DTSTART;VALUE=DATE:20000101", "DTEND;VALUE=DATE:99991231")));

        Assert.Contains("days", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_holiday_dates_are_refused()
    {
        var events = Enumerable.Range(0, 20).Select(year =>
            Event($"DTSTART;VALUE=DATE:{2000 + year}0101", $"DTEND;VALUE=DATE:{2001 + year}0101")).ToArray();

        Refused(Ics(events));
    }

    [Fact]
    public void File_over_the_size_cap_is_refused()
    {
        var filler = string.Concat(Enumerable.Repeat("X-FILLER:" + new string('x', 990) + "\r\n", 1100));

        var error = Refused(Ics(filler.TrimEnd()));

        Assert.Contains("characters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unclosed_event_is_refused()
    {
        var error = Refused("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261001\r\n");

        Assert.Contains("VEVENT begun at line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mismatched_end_is_refused_naming_its_line()
    {
        var error = Refused("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261001\r\nEND:VCALENDAR\r\n");

        Assert.Contains("line 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_that_is_not_a_content_line_is_refused()
    {
        var error = Refused(Ics(Event("DTSTART;VALUE=DATE:20261001", "this is not ical")));

        Assert.Contains("line 7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nested_calendar_is_refused()
    {
        Refused("BEGIN:VCALENDAR\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nEND:VCALENDAR\r\n");
    }

    [Fact]
    public void Garbage_after_the_calendar_is_refused()
    {
        Refused(Ics() + "trailing garbage\r\n");
    }
}
