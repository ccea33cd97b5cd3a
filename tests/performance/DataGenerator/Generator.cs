using System.Diagnostics;
using System.Reflection;
using Platform.Agreements.Domain;
using Platform.Agreements.Domain.Breaches;
using Platform.Agreements.Domain.Facts;
using Platform.Complaints.Data;
using Platform.Complaints.Domain;
using Platform.Complaints.Domain.Resolution;
using Platform.Complaints.Messaging;
using Platform.Messaging.Deadlines;
using AgreementsSeverity = Platform.Agreements.Domain.Breaches.ComplaintSeverity;
using ComplaintSeverity = Platform.Complaints.Domain.ComplaintSeverity;

namespace Platform.DataGenerator;

/// <summary>What to generate and with which settings of Complaints.</summary>
internal sealed record GeneratorSettings(int Agreements, int Complaints, int Days, double Skew, int Seed, DateTimeOffset Now, TimeSpan PauseCap, TimeSpan QuietPeriod, int MinimumSample);

/// <summary>
/// Generates agreement by agreement: the agreement (Agreements) and its copy (Complaints); its complaints, each
/// with the deadlines Complaints keeps for it; then what the clocks and period ends would have produced by now:
/// the breaches of missed clocks (2.3.1, 4.2.2), the measured periods and the breaches of rates below target
/// (2.3.2) in Agreements, and the period-end deadlines (fired for ended periods, pending for the current one).
/// </summary>
internal sealed class Generator(GeneratorSettings settings, ContactProtector contacts, TableCopier agreementRows, TableCopier complaintRows, Action<string> log)
{
    private const int FlushEvery = 4000;
    private static readonly ConstructorInfo s_deadline = typeof(Deadline).GetConstructor(
        BindingFlags.NonPublic | BindingFlags.Instance, [typeof(string), typeof(string), typeof(DateTimeOffset), typeof(string), typeof(DateTimeOffset)])
        ?? throw new InvalidOperationException("Deadline's constructor changed; update the generator.");

    private readonly Random _random = new(settings.Seed);
    private long _complaints;
    private long _breaches;
    private long _periods;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var counts = Skew.Spread(settings.Complaints, settings.Agreements, settings.Skew);
        log($"complaints per agreement: largest {counts[0]:N0}, median {counts[counts.Length / 2]:N0}, smallest {counts[^1]:N0} (Zipf s={settings.Skew})");
        var agreements = new AgreementFactory(_random, settings.Now);
        var complaints = new ComplaintFactory(_random, contacts, settings.Now, settings.PauseCap, settings.QuietPeriod);
        var clock = Stopwatch.StartNew();
        var lastReport = 0L;
        for (var index = 0; index < settings.Agreements; index++)
        {
            var agreement = agreements.Signed(index);
            agreementRows.Add(agreement);
            var known = AgreementFactory.Known(agreement);
            complaintRows.Add(known);
            var terms = known.TermsVersions[0];
            var complaintTerms = ComplaintFactory.ToComplaintTerms(terms);
            var periods = new Dictionary<DateTimeOffset, (MeasurementPeriod Period, List<ComplaintOutcome> Outcomes)>();
            var breachKeys = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < counts[index]; i++)
            {
                var receivedAt = settings.Now - TimeSpan.FromTicks((long)(_random.NextDouble() * TimeSpan.FromDays(settings.Days).Ticks));
                var complaint = complaints.Make(agreement.Id, complaintTerms, terms.Terms, receivedAt);
                complaintRows.Add(complaint);
                AddDeadlines(complaint);
                foreach (var missed in complaint.DomainEvents.OfType<ClockMissed>())
                {
                    AddMissedClockBreach(agreement, complaint, missed, breachKeys);
                }

                var period = MeasurementPeriod.Containing(receivedAt, terms.Terms.MeasurementPeriod, complaintTerms.Calendar);
                if (!periods.TryGetValue(period.Start, out var entry))
                {
                    periods[period.Start] = entry = (period, []);
                }

                entry.Outcomes.Add(new ComplaintOutcome(complaint.Severity, complaint.WithdrawnAt, complaint.Resolutions));
                _complaints++;
                if (complaintRows.Pending >= FlushEvery)
                {
                    await FlushAsync(cancellationToken);
                }

                if (_complaints - lastReport >= 50_000)
                {
                    lastReport = _complaints;
                    log($"{_complaints,9:N0} complaints, {index + 1:N0} agreements, {_breaches:N0} breaches; {_complaints / clock.Elapsed.TotalSeconds:N0} complaints/s");
                }
            }

            foreach (var (period, outcomes) in periods.Values)
            {
                AddPeriod(agreement, terms.Terms, period, outcomes);
            }

            if (agreementRows.Pending >= FlushEvery)
            {
                await FlushAsync(cancellationToken);
            }
        }

        await FlushAsync(cancellationToken);
        var seconds = clock.Elapsed.TotalSeconds;
        log($"done in {seconds:N1} s: {settings.Agreements:N0} agreements, {_complaints:N0} complaints ({_complaints / seconds:N0}/s), {_breaches:N0} breaches, {_periods:N0} measured periods");
        foreach (var (table, rows) in agreementRows.Written.Select(w => ($"agreements.{w.Key}", w.Value)).Concat(complaintRows.Written.Select(w => ($"complaints.{w.Key}", w.Value))))
        {
            log($"  {table,-40} {rows,11:N0} rows");
        }
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        await agreementRows.FlushAsync(cancellationToken);
        await complaintRows.FlushAsync(cancellationToken);
    }

    /// <summary>The deadlines ComplaintDeadlines keeps for a complaint as it stands now.</summary>
    private void AddDeadlines(Complaint complaint)
    {
        var key = complaint.Id.ToString();
        if (complaint.NextClockCheckAt is { } checkAt)
        {
            complaintRows.Add(NewDeadline(ComplaintDeadlines.ClockCheck, key, checkAt, complaint.FiledAt));
        }

        if (complaint is { Status: ComplaintStatus.Resolved, ResolvedAt: { } resolvedAt })
        {
            complaintRows.Add(NewDeadline(ComplaintDeadlines.AutoClose, key, resolvedAt + settings.QuietPeriod, resolvedAt));
        }
    }

    /// <summary>What Agreements' ComplaintSlaBreachedConsumer records for a missed clock, detected when the clock check fired.</summary>
    private void AddMissedClockBreach(Agreement agreement, Complaint complaint, ClockMissed missed, HashSet<string> breachKeys)
    {
        var severity = complaint.Severity == ComplaintSeverity.Major ? AgreementsSeverity.Major : AgreementsSeverity.Normal;
        var clock = Enum.Parse<SlaClock>(missed.Clock.ToString());
        var finding = BreachRules.ForMissedClock(new SlaClockMissed(complaint.Id, agreement.Id, clock, missed.DueAt, severity), agreement.WasInForceAt(missed.DueAt));
        if (finding is not null)
        {
            AddBreach(finding, missed.DueAt + TimeSpan.FromMilliseconds(_random.Next(80, 900)), breachKeys);
        }
    }

    /// <summary>A period's end as ResolutionPeriodEndHandler and ResolutionRateMeasuredConsumer handle it, or its pending deadline.</summary>
    private void AddPeriod(Agreement agreement, Contracts.Events.Agreements.AgreementTermsSnapshot terms, MeasurementPeriod period, List<ComplaintOutcome> outcomes)
    {
        var key = ComplaintDeadlines.PeriodKey(agreement.Id, period.Start);
        if (period.End > settings.Now)
        {
            complaintRows.Add(NewDeadline(ComplaintDeadlines.PeriodEnd, key, period.End, period.Start));
            return;
        }

        var firedAt = period.End + TimeSpan.FromMilliseconds(_random.Next(20, 400));
        complaintRows.Add(NewDeadline(ComplaintDeadlines.PeriodEnd, key, period.End, period.Start), entry =>
        {
            entry.Property(nameof(Deadline.Status)).CurrentValue = DeadlineStatus.Fired;
            entry.Property(nameof(Deadline.FiredAt)).CurrentValue = firedAt;
            entry.Property(nameof(Deadline.Attempts)).CurrentValue = 1;
        });
        var stats = ResolutionStats.Measure(period, outcomes, 1, terms.ResolutionRateTarget, terms.MajorResolutionRateTarget, settings.MinimumSample, firedAt);
        var breachKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (scope, rate, target) in new[] { (ResolutionScope.All, stats.All, terms.ResolutionRateTarget), (ResolutionScope.Major, stats.Major, terms.MajorResolutionRateTarget) })
        {
            agreementRows.Add(new ResolutionPeriodRecord(agreement.Id, period.Start, period.End, scope, rate.Received, rate.Resolved));
            _periods++;
            if (rate.Status == ResolutionRateStatus.InsufficientSample)
            {
                continue;
            }

            var fact = new ResolutionPeriodClosed(agreement.Id, period.Start, period.End, scope, rate.Received, rate.Resolved);
            if (BreachRules.ForResolutionPeriod(fact, target, agreement.WasInForceAt(period.End.AddTicks(-1))) is { } finding)
            {
                AddBreach(finding, firedAt + TimeSpan.FromMilliseconds(_random.Next(50, 500)), breachKeys);
            }
        }
    }

    private void AddBreach(BreachFinding finding, DateTimeOffset detectedAt, HashSet<string> breachKeys)
    {
        if (!breachKeys.Add(finding.Evidence.Key))
        {
            return;
        }

        var breach = Breach.Determine(Guid.CreateVersion7(detectedAt), finding, detectedAt);
        breach.ClearDomainEvents();
        agreementRows.Add(breach, entry => entry.Property("DedupKey").CurrentValue = finding.Evidence.Key);
        _breaches++;
    }

    private static Deadline NewDeadline(string kind, string key, DateTimeOffset dueAt, DateTimeOffset createdAt) =>
        (Deadline)s_deadline.Invoke([kind, key, dueAt, null, createdAt]);
}
