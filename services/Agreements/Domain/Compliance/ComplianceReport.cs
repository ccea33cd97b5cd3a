using System.Globalization;
using Platform.Agreements.Domain.Breaches;
using Platform.Agreements.Domain.Terms;
using Platform.SharedKernel;

namespace Platform.Agreements.Domain.Compliance;

/// <summary>
/// The compliance of an agreement over a period, clause by clause for sections 2 and 3 of the document,
/// built only from the facts Agreements keeps, so it is answered while the other services are down.
/// </summary>
public static class ComplianceReport
{
    /// <summary>A resolution rate this many points or less above its target is at risk.</summary>
    public const decimal AtRiskMargin = 1m;

    private const string NotReported = "not reported by Assurance yet";

    /// <summary>
    /// Judges every clause of sections 2 and 3 for the period by the terms in force at its end (or now).
    /// Breaches count when their fact happened from the start up to and including the end, so a verdict
    /// taken at the period's closing instant (a resolution rate) belongs to it.
    /// </summary>
    public static (int TermsVersion, IReadOnlyList<ClauseCompliance> Clauses) Build(Agreement agreement, DateTimeOffset start, DateTimeOffset end, ComplianceFacts facts, DateTimeOffset now)
    {
        if (end <= start)
        {
            throw RuleViolationException.Invalid("period_end", "period_end must be after period_start.");
        }

        var version = agreement.TermsAt(Min(end.AddTicks(-1), now)) ?? agreement.TermsAt(end.AddTicks(-1))
            ?? throw RuleViolationException.Precondition(
                "agreement.no_terms_in_period", "period", $"Agreement {agreement.Number} had no terms in force in the period; it is {agreement.Status.ToString().ToLowerInvariant()}.");
        var terms = version.Terms;
        var periods = facts.ResolutionPeriods.Where(p => p.AgreementId == agreement.Id && p.PeriodStart >= start && p.PeriodEnd <= end).ToList();
        return (version.Number,
        [
            ResponseTimes(terms, facts.Breaches, periods, start, end),
            ResolutionRate("2.3.2", "Complaint resolution rate", terms.ResolutionRateTarget!.Value, periods, ResolutionScope.All),
            ResolutionRate("2.3.2", "Major-complaint resolution rate", terms.MajorResolutionRateTarget!.Value, periods, ResolutionScope.Major),
            Satisfaction(agreement.Id, terms, facts.Surveys, start, end, now),
            Funding(terms, facts.FundingShortfalls, start, end),
            Staffing(terms, facts.StaffingChanges, start, end),
            new("3.3", "Service technology", terms.RequiredCapabilities.Count == 0 ? "no capability required" : string.Join("; ", terms.RequiredCapabilities), NotReported, ComplianceStatus.NoData),
        ]);
    }

    private static ClauseCompliance ResponseTimes(AgreementTerms terms, IReadOnlyList<Breach> breaches, List<Facts.ResolutionPeriodRecord> periods, DateTimeOffset start, DateTimeOffset end)
    {
        var misses = breaches.Where(b => b.Clause == BreachClause.ResponseTime && b.FactAt >= start && b.FactAt <= end).ToList();
        var missed = misses.Count;
        var filed = periods.Where(p => p.Scope == ResolutionScope.All).Sum(p => p.Filed);
        var target = $"first response within {Duration(terms.FirstResponseWithin!.Value)}; solution or progress update within {Duration(terms.SolutionOrUpdateWithin!.Value)}";
        var status = missed > 0 ? ComplianceStatus.Missed : filed > 0 ? ComplianceStatus.Met : ComplianceStatus.NoData;
        if (filed == 0)
        {
            return new("2.3.1", "Complaint response and solution times", target, $"{missed} clock(s) missed", status);
        }

        // Attainment: the share of the period's complaints that missed no clock (a complaint missing two counts once).
        var late = Math.Min(misses.Select(b => b.Evidence.Id).Distinct(StringComparer.Ordinal).Count(), filed);
        var attainment = decimal.Round((filed - late) * 100m / filed, 2, MidpointRounding.ToZero);
        return new("2.3.1", "Complaint response and solution times", target, $"{missed} clock(s) missed; {filed} complaint(s) filed; {Number(attainment)}% answered in time", status)
        {
            MeasuredValue = attainment,
            TargetValue = 100m,
        };
    }

    private static ClauseCompliance ResolutionRate(string clause, string title, decimal target, List<Facts.ResolutionPeriodRecord> periods, ResolutionScope scope)
    {
        var filed = periods.Where(p => p.Scope == scope).Sum(p => p.Filed);
        var resolved = periods.Where(p => p.Scope == scope).Sum(p => p.Resolved);
        var targetText = $"at least {Number(target)}%";
        if (filed == 0)
        {
            return new(clause, title, targetText, "no complaints in closed periods", ComplianceStatus.NoData);
        }

        var rate = decimal.Round(resolved * 100m / filed, 2, MidpointRounding.ToZero);
        var status = resolved * 100m < target * filed ? ComplianceStatus.Missed
            : rate < target + AtRiskMargin ? ComplianceStatus.AtRisk
            : ComplianceStatus.Met;
        return new(clause, title, targetText, $"{Number(rate)}% ({resolved} of {filed} resolved)", status) { MeasuredValue = rate, TargetValue = target };
    }

    private static ClauseCompliance Satisfaction(Guid agreementId, AgreementTerms terms, IReadOnlyList<Facts.SurveyRecord> surveys, DateTimeOffset start, DateTimeOffset end, DateTimeOffset now)
    {
        var floor = terms.SatisfactionFloor!;
        var target = $"yearly third-party score of at least {Number(floor.Score)} (scale {Number(floor.ScaleMin)}–{Number(floor.ScaleMax)})";
        var survey = surveys
            .Where(s => s.AgreementIds.Contains(agreementId) && s.ReportReceivedAt >= start && s.ReportReceivedAt < end)
            .MaxBy(s => s.ReportReceivedAt);
        if (survey is null)
        {
            return new("2.3.3", "Customer satisfaction", target, "no survey report in the period", ComplianceStatus.NoData);
        }

        var score = survey.ScoreOnScaleOf(floor);
        var measured = $"{Number(score)} ({survey.Year} survey)";
        if (score >= floor.Score)
        {
            return new("2.3.3", "Customer satisfaction", target, measured, ComplianceStatus.Met) { MeasuredValue = score, TargetValue = floor.Score };
        }

        var deadline = BreachRules.RectificationDeadline(survey.ReportReceivedAt, terms.RectificationPeriodMonths!.Value);
        var status = survey.RectifiedAt is { } rectified
            ? rectified <= deadline ? ComplianceStatus.Met : ComplianceStatus.Missed
            : now < deadline ? ComplianceStatus.AtRisk : ComplianceStatus.Missed;
        var rectification = survey.RectifiedAt is { } at ? $"rectified {at:yyyy-MM-dd}" : $"rectification due {deadline:yyyy-MM-dd}";
        return new("2.3.3", "Customer satisfaction", target, $"{measured}, below the floor; {rectification}", status) { MeasuredValue = score, TargetValue = floor.Score };
    }

    private static ClauseCompliance Funding(AgreementTerms terms, IReadOnlyList<Facts.FundingShortfallRecord> shortfalls, DateTimeOffset start, DateTimeOffset end)
    {
        var target = $"at least {Number(terms.FundingMinPercentOfRevenue!.Value)}% of annual service revenue";
        var shortfall = shortfalls
            .Where(f => f.Year >= start.UtcDateTime.Year && f.Year <= end.UtcDateTime.Year)
            .MaxBy(f => f.Year);
        return shortfall is null
            ? new("3.1", "Dedicated service fund", target, "no year-end shortfall reported", ComplianceStatus.NoData)
            : new("3.1", "Dedicated service fund", target, $"{Number(shortfall.PercentOfRevenue)}% of revenue in {shortfall.Year} (required {Number(shortfall.RequiredPercent)}%)", ComplianceStatus.Missed);
    }

    /// <summary>The team is judged by the changes Assurance reported: short at any instant of the period is a miss.</summary>
    private static ClauseCompliance Staffing(AgreementTerms terms, IReadOnlyList<Facts.StaffingChangeRecord> changes, DateTimeOffset start, DateTimeOffset end)
    {
        var target = $"at least {terms.TeamMinHeadcount} people; core members with at least {Number(terms.CoreMemberMinExperienceYears!.Value)} years of experience";
        var ordered = changes.Where(c => c.At <= end).OrderBy(c => c.At).ToList();
        if (ordered.Count == 0)
        {
            return new("3.2", "Dedicated service team", target, NotReported, ComplianceStatus.NoData);
        }

        var inForceAtStart = ordered.LastOrDefault(c => c.At <= start);
        var shortInPeriod = ordered.Where(c => c.At > start && c.BelowRequirement).ToList();
        if (inForceAtStart is { BelowRequirement: true })
        {
            shortInPeriod.Insert(0, inForceAtStart);
        }

        if (shortInPeriod.Count == 0)
        {
            return new("3.2", "Dedicated service team", target, $"no shortfall; {ordered[^1].Headcount} people last reported", ComplianceStatus.Met);
        }

        var first = shortInPeriod[0];
        return new("3.2", "Dedicated service team", target, $"short from {Date(first.At)}: {first.Headcount} people (required {first.RequiredHeadcount})", ComplianceStatus.Missed);
    }

    private static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Duration(TimeSpan span) =>
        span.TotalHours >= 1 && span.TotalHours == Math.Floor(span.TotalHours) ? $"{span.TotalHours:0} h"
        : span.TotalMinutes >= 1 && span.TotalMinutes == Math.Floor(span.TotalMinutes) ? $"{span.TotalMinutes:0} min"
        : $"{span.TotalSeconds:0.###} s";

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
