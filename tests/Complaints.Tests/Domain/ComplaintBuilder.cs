using Platform.Complaints.Domain;
using Platform.Complaints.Domain.Clocks;
using Platform.SharedKernel;
using Platform.SharedKernel.Calendar;

namespace Platform.Complaints.Tests.Domain;

/// <summary>
/// A normal complaint received and filed at <see cref="Now"/> under round-the-clock terms (first response 2 h,
/// solution or update 24 h, major resolution 72 h) with a pause cap of 48 h; each With… changes one thing.
/// </summary>
internal sealed class ComplaintBuilder
{
    public const string Agent = "agent-7";

    /// <summary>A Monday, 09:00 UTC.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static readonly TimeSpan FirstResponseWithin = TimeSpan.FromHours(2);
    public static readonly TimeSpan SolutionOrUpdateWithin = TimeSpan.FromHours(24);
    public static readonly TimeSpan MajorResolutionWithin = TimeSpan.FromHours(72);
    public static readonly Guid AgreementId = Guid.Parse("6f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f");

    private ComplaintTerms _terms = Terms();
    private ComplaintSeverity _severity = ComplaintSeverity.Normal;
    private DateTimeOffset _receivedAt = Now;
    private DateTimeOffset? _filedAt;
    private TimeSpan _pauseCap = TimeSpan.FromHours(48);

    public static ClientRequest Request { get; } = new(Guid.Parse("0d9e8f7a-6b5c-4d3e-9f2a-1b0c9d8e7f6a"), "fingerprint-of-the-request");

    /// <summary>The default allowances in <paramref name="calendar"/> (round the clock when null).</summary>
    public static ComplaintTerms Terms(ServiceCalendar? calendar = null, int version = 1) =>
        new(version, FirstResponseWithin, SolutionOrUpdateWithin, MajorResolutionWithin, calendar ?? ServiceCalendar.RoundTheClock);

    /// <summary>Monday to Friday 09:00–17:00 in Europe/Berlin, closed on <paramref name="holidays"/>.</summary>
    public static ServiceCalendar BerlinOfficeHours(params DateOnly[] holidays) =>
        ServiceCalendar.BusinessHours(
            "Europe/Berlin",
            [.. Enumerable.Range(1, 5).Select(day => new WorkingWindow((DayOfWeek)day, new TimeOnly(9, 0), new TimeOnly(17, 0)))],
            holidays);

    /// <summary>The same window on every day of the week in <paramref name="timeZoneId"/>; 00:00–00:00 is the whole day.</summary>
    public static ServiceCalendar EveryDay(string timeZoneId, TimeOnly start, TimeOnly end) =>
        ServiceCalendar.BusinessHours(timeZoneId, [.. Enum.GetValues<DayOfWeek>().Select(day => new WorkingWindow(day, start, end))]);

    public static ComplaintDetails Details(ComplaintSeverity severity = ComplaintSeverity.Normal) =>
        ComplaintDetails.Of(Channel.Of(ChannelKind.Email, null), "Invoice charged twice", "The March invoice was debited twice.", "billing", severity);

    public ComplaintBuilder WithTerms(ComplaintTerms terms)
    {
        _terms = terms;
        return this;
    }

    public ComplaintBuilder WithCalendar(ServiceCalendar calendar)
    {
        _terms = _terms with { Calendar = calendar };
        return this;
    }

    public ComplaintBuilder WithFirstResponseWithin(TimeSpan within)
    {
        _terms = _terms with { FirstResponseWithin = within };
        return this;
    }

    public ComplaintBuilder WithSolutionOrUpdateWithin(TimeSpan within)
    {
        _terms = _terms with { SolutionOrUpdateWithin = within };
        return this;
    }

    public ComplaintBuilder Major()
    {
        _severity = ComplaintSeverity.Major;
        return this;
    }

    /// <summary>Received (and, unless <see cref="FiledAt"/> says otherwise, filed) at <paramref name="receivedAt"/>.</summary>
    public ComplaintBuilder ReceivedAt(DateTimeOffset receivedAt)
    {
        _receivedAt = receivedAt;
        return this;
    }

    public ComplaintBuilder FiledAt(DateTimeOffset filedAt)
    {
        _filedAt = filedAt;
        return this;
    }

    public ComplaintBuilder WithPauseCap(TimeSpan pauseCap)
    {
        _pauseCap = pauseCap;
        return this;
    }

    /// <summary>The filed complaint, with the events of filing still on it.</summary>
    public Complaint Build() =>
        Complaint.File(Guid.NewGuid(), AgreementId, Request, Details(_severity), new SealedContact("sealed:v1:opaque"), _receivedAt, _terms, _pauseCap, Agent, _filedAt ?? _receivedAt);

    /// <summary>Filed, then acknowledged at <paramref name="at"/>; events cleared.</summary>
    public Complaint BuildAcknowledged(DateTimeOffset at)
    {
        var complaint = Build();
        complaint.Acknowledge(Agent, "We are looking into it.", complaint.Version, at);
        complaint.ClearDomainEvents();
        return complaint;
    }

    /// <summary>Filed, acknowledged and resolved at <paramref name="at"/>; events cleared.</summary>
    public Complaint BuildResolved(DateTimeOffset at)
    {
        var complaint = BuildAcknowledged(at);
        complaint.Resolve(Agent, "The duplicate debit was refunded.", false, complaint.Version, at);
        complaint.ClearDomainEvents();
        return complaint;
    }
}
