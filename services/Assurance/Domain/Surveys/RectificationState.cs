namespace Platform.Assurance.Domain.Surveys;

/// <summary>What is stored of a rectification's lifecycle; <see cref="RectificationStatus"/> adds the time.</summary>
public enum RectificationState
{
    Open = 1,
    Completed = 2,
}
