namespace Platform.Assurance.Domain.Surveys;

/// <summary>When an agreement was in force: from <see cref="From"/>, until <see cref="Until"/> (exclusive) or still.</summary>
public sealed record AgreementPeriod(DateTimeOffset From, DateTimeOffset? Until)
{
    /// <summary>Whether the agreement was in force at some instant of <paramref name="year"/> (UTC).</summary>
    public bool Overlaps(int year) =>
        From < SurveyRecord.StartOf(year + 1) && (Until is null || Until > SurveyRecord.StartOf(year));
}
