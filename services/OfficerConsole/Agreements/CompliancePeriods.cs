using System.Globalization;
using Grpc.Core;
using Platform.Contracts.Agreements.V1;
using Platform.Contracts.Complaints.V1;

namespace Platform.OfficerConsole.Agreements;

/// <summary>One measurement period of an agreement and its compliance report.</summary>
internal sealed record PeriodCompliance(DateTimeOffset Start, DateTimeOffset End, bool Ended, GetComplianceReportResponse Report)
{
    /// <summary>The line of a clause by its title (2.3.2 has two lines, so the title, not the number).</summary>
    public ClauseCompliance? Line(string title) => Report.Clauses.FirstOrDefault(c => c.Title == title);

    /// <summary>A line's measured figure, when it has one.</summary>
    public decimal? Figure(string title) => Number(Line(title)?.MeasuredValue);

    /// <summary>The figure a line's clause requires, when the line measured one.</summary>
    public decimal? Target(string title) => Number(Line(title)?.TargetValue);

    private static decimal? Number(Platform.Contracts.Common.V1.Decimal? value) =>
        value is { Value.Length: > 0 } ? decimal.Parse(value.Value, NumberStyles.Number, CultureInfo.InvariantCulture) : null;
}

/// <summary>
/// The compliance of an agreement over its last measurement periods: the period boundaries come from Complaints (the
/// calendar month, quarter or year of the terms in force, in the agreement's zone), each period's report from Agreements.
/// </summary>
internal sealed class CompliancePeriods(AgreementsService.AgreementsServiceClient agreements, ComplaintsService.ComplaintsServiceClient complaints)
{
    public const string ResolutionRate = "Complaint resolution rate";
    public const string ResponseTimes = "Complaint response and solution times";

    /// <summary>The period containing <paramref name="at"/> and the <paramref name="count"/> − 1 before it, oldest first.</summary>
    public async Task<IReadOnlyList<PeriodCompliance>> LastAsync(string agreementId, DateTimeOffset at, int count, CancellationToken cancellationToken)
    {
        var periods = new List<PeriodCompliance>();
        var instant = at;
        for (var i = 0; i < count; i++)
        {
            GetResolutionStatsResponse stats;
            GetComplianceReportResponse report;
            try
            {
                stats = await complaints.GetResolutionStatsAsync(
                    new GetResolutionStatsRequest { AgreementId = agreementId, At = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(instant) },
                    cancellationToken: cancellationToken);
                report = await agreements.GetComplianceReportAsync(
                    new GetComplianceReportRequest { AgreementId = agreementId, PeriodStart = stats.PeriodStart, PeriodEnd = stats.PeriodEnd, MaxBreaches = 20 },
                    cancellationToken: cancellationToken);
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.FailedPrecondition && periods.Count > 0)
            {
                // Before the agreement took effect: no earlier period.
                break;
            }

            var (start, end) = (stats.PeriodStart.ToDateTimeOffset(), stats.PeriodEnd.ToDateTimeOffset());
            periods.Add(new PeriodCompliance(start, end, stats.PeriodEnded, report));
            instant = start.AddTicks(-1);
        }

        periods.Reverse();
        return periods;
    }

    /// <summary>"2026", "Q4 2026", "Nov 2026", or the start time for a shorter period (a test's seconds-long month).</summary>
    public static string Label(DateTimeOffset start, DateTimeOffset end, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(start, zone);
        var length = end - start;
        return length >= TimeSpan.FromDays(360) ? local.ToString("yyyy", CultureInfo.InvariantCulture)
            : length >= TimeSpan.FromDays(89) ? $"Q{((local.Month - 1) / 3) + 1} {local.Year}"
            : length >= TimeSpan.FromDays(28) ? local.ToString("MMM yyyy", CultureInfo.InvariantCulture)
            : local.ToString("d MMM HH:mm:ss", CultureInfo.InvariantCulture);
    }
}
