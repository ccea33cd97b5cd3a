namespace Platform.Assurance.Domain.Surveys;

/// <summary>How a year of a survey record stands. Numbers match the wire enum.</summary>
public enum SurveyYearStatus
{
    Surveyed = 1,
    Missing = 2,
    Pending = 3,
    NotRequired = 4,
}
