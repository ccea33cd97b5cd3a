using Platform.Agreements.Domain.Breaches;

namespace Platform.Agreements.Tests.Domain.Breaches;

/// <summary>One ordinary fact of each kind; tests change what they are about with <c>with</c>.</summary>
internal static class BreachFacts
{
    public static readonly DateTimeOffset Now = new(2026, 4, 10, 9, 0, 0, TimeSpan.Zero);
    public static readonly Guid AgreementId = Guid.Parse("0b6c7c1e-9a52-4a43-9d1f-3c2b1a000001");
    public static readonly Guid ComplaintId = Guid.Parse("5d1e2f3a-4b5c-4d6e-8f70-81920a000002");
    public static readonly Guid InterruptionId = Guid.Parse("7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a000003");
    public static readonly Guid SurveyId = Guid.Parse("9f8e7d6c-5b4a-4392-8170-6f5e4d000004");

    public static SlaClockMissed MissedClock(SlaClock clock = SlaClock.FirstResponse, ComplaintSeverity severity = ComplaintSeverity.Normal) =>
        new(ComplaintId, AgreementId, clock, Now.AddHours(-1), severity);

    public static SolutionBelowStandard BelowStandard() =>
        new(ComplaintId, AgreementId, Now, "The customer Jane Doe at 12 Main St was told to reinstall");

    /// <summary>April 2026, all complaints: 29 of 40 resolved (72.5%).</summary>
    public static ResolutionPeriodClosed April(int filed = 40, int resolved = 29, ResolutionScope scope = ResolutionScope.All) =>
        new(AgreementId, new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero), scope, filed, resolved);

    /// <summary>Started at <see cref="Now"/>, threshold 4 hours, caused by the promisor, still going on.</summary>
    public static InterruptionThresholdReached Interruption(DateTimeOffset? endedAt = null, bool causedByPromisor = true) =>
        new(InterruptionId, AgreementId, Now, TimeSpan.FromHours(4), causedByPromisor, endedAt);

    /// <summary>Score 72 against floor 80, report received at <see cref="Now"/>, 3 months to rectify, not rectified.</summary>
    public static RectificationDeadlinePassed LowSurvey(decimal score = 72m, DateTimeOffset? rectifiedAt = null) =>
        new(SurveyId, AgreementId, score, 80m, Now, 3, rectifiedAt);
}
