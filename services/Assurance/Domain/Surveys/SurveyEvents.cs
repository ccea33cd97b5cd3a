using Platform.SharedKernel;

namespace Platform.Assurance.Domain.Surveys;

/// <summary>A survey result was recorded.</summary>
public sealed record SurveyRecorded(DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>A score below a floor opened the rectification.</summary>
public sealed record RectificationOpened(DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>The rectification was completed; <see cref="InTime"/> when by every deadline.</summary>
public sealed record RectificationCompleted(bool InTime, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>The deadline of <see cref="AgreementId"/> passed with the rectification still open.</summary>
public sealed record RectificationOverdue(Guid AgreementId, DateTimeOffset Deadline, DateTimeOffset OccurredAt) : IDomainEvent;
