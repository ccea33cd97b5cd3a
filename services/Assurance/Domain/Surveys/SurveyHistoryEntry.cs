namespace Platform.Assurance.Domain.Surveys;

/// <summary>One recorded step of a rectification: who did what, when.</summary>
public sealed record SurveyHistoryEntry(int Sequence, DateTimeOffset At, string Actor, string Action, string Detail);
