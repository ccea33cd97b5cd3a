using System.Globalization;
using Platform.Assurance.Domain.Funding;
using Platform.Messaging.Deadlines;

namespace Platform.Assurance.Messaging.Funding;

/// <summary>
/// When a promisor's fund year is assessed (clause 3.1): once at the year's end (1 January of the next year,
/// 00:00 UTC), scheduled by the first record of the year; and, for a year already over, once more after every
/// record of it, each by a deadline of its own that commits with the record, so no record is assessed without.
/// </summary>
public sealed class FundingDeadlines(IDeadlines deadlines)
{
    public const string YearEnd = "funding.year_end";
    public const string Reassessment = "funding.year_reassessment";

    /// <summary>Something of <paramref name="year"/> was recorded at <paramref name="now"/>.</summary>
    public Task YearRecordedAsync(string promisorId, int year, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var end = FundingYear.EndOf(year);
        var yearKey = year.ToString(CultureInfo.InvariantCulture);
        return now < end
            ? deadlines.EnsureScheduledAsync(YearEnd, $"{yearKey}/{promisorId}", end, cancellationToken)
            : deadlines.ScheduleAsync(Reassessment, $"{yearKey}/{Guid.CreateVersion7():N}/{promisorId}", end, cancellationToken);
    }

    /// <summary>The promisor and year of a deadline of either kind.</summary>
    public static (string PromisorId, int Year) ParseKey(string kind, string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        var year = int.Parse(key[..slash], CultureInfo.InvariantCulture);
        // A reassessment's key has a 32-character record id between the year and the promisor.
        var promisorId = kind == Reassessment ? key[(slash + 34)..] : key[(slash + 1)..];
        return (promisorId, year);
    }
}
