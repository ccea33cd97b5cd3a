using Platform.Assurance.Domain.Surveys;
using Platform.SharedKernel;

namespace Platform.Assurance.Tests.Surveys;

/// <summary>
/// A survey of 2025 for the whole promisor "org-acme" by its own evaluator, scored 80 on 0–100, report received
/// on 15 March 2026, recorded at <see cref="Now"/>; and the terms of one agreement (floor 85 on 0–100, 3 months).
/// </summary>
internal sealed class SurveyBuilder
{
    public const string Promisor = "org-acme";
    public const string Officer = "quality-officer";

    public static readonly DateTimeOffset Now = new(2026, 4, 1, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset ReportReceivedAt = new(2026, 3, 15, 10, 0, 0, TimeSpan.Zero);
    public static readonly Guid AgreementId = Guid.Parse("6f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f");
    public static readonly Guid OtherAgreementId = Guid.Parse("7a2d3e4f-5b6c-4d7e-9f80-1b2c3d4e5f60");

    private decimal _score = 80m;
    private decimal _scaleMin;
    private decimal _scaleMax = 100m;
    private DateTimeOffset _reportReceivedAt = ReportReceivedAt;
    private SurveyScope _scope = SurveyScope.Promisor();

    public static ClientRequest Request { get; } = new(Guid.Parse("0d9e8f7a-6b5c-4d3e-9f2a-1b0c9d8e7f6a"), "fingerprint-of-the-request");

    public static SatisfactionTerms Terms(Guid? agreementId = null, decimal floor = 85m, int months = 3, decimal scaleMin = 0m, decimal scaleMax = 100m) =>
        new(agreementId ?? AgreementId, 1, floor, scaleMin, scaleMax, months);

    public static Evaluator Evaluator(string promisor = Promisor, DateTimeOffset? declaredAt = null) =>
        Domain.Surveys.Evaluator.Register(
            Guid.Parse("1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b"),
            new ClientRequest(Guid.NewGuid(), "evaluator"),
            promisor,
            "Independent Survey Institute",
            "CNAS L1234",
            "We have no financial or personal ties to the promisor.",
            declaredAt ?? new DateTimeOffset(2025, 1, 10, 0, 0, 0, TimeSpan.Zero),
            Officer,
            Now);

    public SurveyBuilder Scored(decimal score, decimal scaleMin = 0m, decimal scaleMax = 100m)
    {
        (_score, _scaleMin, _scaleMax) = (score, scaleMin, scaleMax);
        return this;
    }

    public SurveyBuilder ReceivedAt(DateTimeOffset reportReceivedAt)
    {
        _reportReceivedAt = reportReceivedAt;
        return this;
    }

    public SurveyBuilder Covering(params Guid[] agreementIds)
    {
        _scope = SurveyScope.Agreements(agreementIds);
        return this;
    }

    public Survey Build() =>
        Survey.Record(
            Guid.CreateVersion7(),
            Request,
            Promisor,
            _scope,
            SurveyResult.Of(2025, SurveyScore.Of(_score, _scaleMin, _scaleMax), _reportReceivedAt, Now),
            Evaluator(),
            Officer,
            Now);

    /// <summary>The rectification the survey opens under <paramref name="terms"/> (default: one agreement, floor 85, 3 months).</summary>
    public Rectification Rectification(params SatisfactionTerms[] terms) =>
        Domain.Surveys.Rectification.OpenFor(Guid.CreateVersion7(), Build(), terms.Length == 0 ? [Terms()] : terms, Now)
            ?? throw new InvalidOperationException("The survey met every floor: no rectification.");
}
