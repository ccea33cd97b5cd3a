using Platform.AgreementReplica.Domain;
using Platform.Complaints.Data;
using Platform.Complaints.Domain;
using Platform.Complaints.Domain.Clocks;
using Platform.Contracts.Events.Agreements;
using Platform.SharedKernel;
using Platform.SharedKernel.Calendar;

namespace Platform.DataGenerator;

/// <summary>
/// A complaint's life through the Complaints domain, from filing to where it stands now: acknowledged (a few
/// late, some never), progress updates, resolved (a few reopened and resolved again), closed by the customer or
/// after the quiet period, or withdrawn. Steps that would fall after now have not happened yet, so recent
/// complaints are open; old ones never answered are overdue.
/// </summary>
internal sealed class ComplaintFactory(Random random, ContactProtector contacts, DateTimeOffset now, TimeSpan pauseCap, TimeSpan quietPeriod)
{
    private const string Agent = "agent-scale";
    private static readonly ChannelKind[] s_channels = [ChannelKind.Phone, ChannelKind.Phone, ChannelKind.OnlinePlatform, ChannelKind.OnlinePlatform, ChannelKind.Email, ChannelKind.Written];
    private static readonly string[] s_categories = ["billing", "delivery", "service-quality", "technical", "staff-conduct", "contract"];
    private static readonly string[] s_subjects = ["Invoice charged twice", "Service outage not explained", "No reply to my request", "Engineer missed the appointment", "Wrong plan activated", "Refund not received"];

    public Complaint Make(Guid agreementId, ComplaintTerms complaintTerms, AgreementTermsSnapshot terms, DateTimeOffset receivedAt)
    {
        // Most complaints are logged within seconds; written ones later (some after the first response was due).
        var channel = s_channels[random.Next(s_channels.Length)];
        var filedAt = Min(receivedAt + (channel == ChannelKind.Written ? Within(complaintTerms.FirstResponseWithin) / 2 : TimeSpan.FromSeconds(random.NextDouble() * 30)), now);
        var id = Guid.CreateVersion7(filedAt);
        var severity = random.Next(100) < 8 ? ComplaintSeverity.Major : ComplaintSeverity.Normal;
        var n = random.Next(1_000_000);
        var details = ComplaintDetails.Of(
            Channel.Of(channel, null),
            s_subjects[n % s_subjects.Length],
            $"Customer reports: {s_subjects[n % s_subjects.Length].ToLowerInvariant()} (case {n}). Details were taken on the call and checked against the account.",
            s_categories[n % s_categories.Length],
            severity);
        var contact = CustomerContact.Of($"Customer {n}", $"+86 138{n % 100_000_000:D8}", $"customer{n}@mail.example");
        var complaint = Complaint.File(
            id,
            agreementId,
            new ClientRequest(Guid.NewGuid(), GeneratedData.Marker),
            details,
            contacts.Seal(id, contact),
            receivedAt,
            complaintTerms,
            pauseCap,
            Agent,
            filedAt);
        Live(complaint, receivedAt, filedAt, terms);
        complaint.CheckClocksAt(now);
        return complaint;
    }

    private void Live(Complaint complaint, DateTimeOffset receivedAt, DateTimeOffset filedAt, AgreementTermsSnapshot terms)
    {
        var at = filedAt;
        var roll = random.Next(1000);
        if (roll < 30)
        {
            // 3 % withdrawn by the customer within a few days.
            if (Step(ref at, Hours(1 + (random.NextDouble() * 96))))
            {
                complaint.Withdraw(Agent, "Customer withdrew the complaint.", complaint.Version, at);
            }

            return;
        }

        // 3 % never answered: they stay open with missed clocks (overdue).
        if (roll < 60)
        {
            return;
        }

        // First response: counted from receipt, never before the complaint was logged.
        if (!Step(ref at, Until(at, receivedAt + Within(terms.FirstResponseWithin))))
        {
            return;
        }

        complaint.Acknowledge(Agent, "We received your complaint and are looking into it.", complaint.Version, at);

        // The solution-or-update clock runs from receipt; each update restarts it.
        var clockStart = receivedAt;
        for (var updates = random.Next(3); updates > 0; updates--)
        {
            if (!Step(ref at, Until(at, clockStart + Within(terms.SolutionOrUpdateWithin))))
            {
                return;
            }

            complaint.PostProgressUpdate(Agent, "Update: the responsible team is working on it.", complaint.Version, at);
            clockStart = at;
        }

        // 4 % are not resolved yet however old (stuck in progress).
        if (roll >= 960 || !Step(ref at, Until(at, clockStart + Within(terms.SolutionOrUpdateWithin))))
        {
            return;
        }

        complaint.Resolve(Agent, "Resolved: the issue was corrected and the customer informed.", random.Next(1000) < 5, complaint.Version, at);
        if (roll < 100)
        {
            // 4 % reopened by the customer, then resolved again.
            if (!Step(ref at, Hours(24 + (random.NextDouble() * 200))))
            {
                return;
            }

            complaint.Reopen(Agent, "Customer says the problem came back.", complaint.Version, at);
            if (!Step(ref at, Within(terms.SolutionOrUpdateWithin)))
            {
                return;
            }

            complaint.Resolve(Agent, "Resolved again after a second look.", false, complaint.Version, at);
        }

        if (random.Next(100) < 40)
        {
            if (Step(ref at, Hours(1 + (random.NextDouble() * 100))))
            {
                complaint.Close(Agent, "Customer confirmed the solution.", complaint.Version, at);
            }
        }
        else if (complaint.ResolvedAt is { } resolvedAt && resolvedAt + quietPeriod <= now)
        {
            complaint.CloseAfterQuietPeriod(quietPeriod, Min(resolvedAt + quietPeriod + TimeSpan.FromMilliseconds(random.Next(50, 2000)), now));
        }
    }

    /// <summary>How long a step takes: within 5–80 % of its allowance, or (one in fifty) up to half as long again.</summary>
    private TimeSpan Within(TimeSpan allowance) =>
        allowance * (random.Next(50) == 0 ? 1.0 + (random.NextDouble() * 0.5) : 0.05 + (random.NextDouble() * 0.75));

    /// <summary>From <paramref name="at"/> to <paramref name="target"/>, or no time when that is already past.</summary>
    private static TimeSpan Until(DateTimeOffset at, DateTimeOffset target) => target > at ? target - at : TimeSpan.Zero;

    /// <summary>Moves <paramref name="at"/> on; false when that is after now (the step has not happened yet).</summary>
    private bool Step(ref DateTimeOffset at, TimeSpan after)
    {
        var next = at + after + TimeSpan.FromTicks(random.Next(0, 10_000_000));
        if (next > now)
        {
            return false;
        }

        at = next;
        return true;
    }

    /// <summary>As Complaints maps the terms it received (its internal KnownTermsMapping).</summary>
    public static ComplaintTerms ToComplaintTerms(KnownTerms known) => new(
        known.Version,
        known.Terms.FirstResponseWithin,
        known.Terms.SolutionOrUpdateWithin,
        known.Terms.MajorResolutionWithin,
        ToCalendar(known.Terms.ServiceCalendar));

    public static ServiceCalendar ToCalendar(ServiceCalendarSnapshot snapshot) =>
        snapshot.TimeZone is null
            ? ServiceCalendar.RoundTheClock
            : ServiceCalendar.BusinessHours(snapshot.TimeZone, snapshot.WeeklySchedule.Select(w => new WorkingWindow(w.DayOfWeek, w.Start, w.End)), snapshot.Holidays);

    private static TimeSpan Hours(double hours) => TimeSpan.FromHours(hours);

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
