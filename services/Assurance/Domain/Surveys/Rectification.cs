using Platform.SharedKernel;

namespace Platform.Assurance.Domain.Surveys;

/// <summary>
/// The rectification of a survey score below the floor (clause 4.2.3): one per survey, with a deadline per
/// agreement whose floor the score missed (report received + that agreement's K months). Completed with
/// evidence; each deadline that passes first is raised once. Every change checks the version and is recorded
/// on the history.
/// </summary>
public sealed class Rectification : AggregateRoot
{
    /// <summary>The actor of automatic steps (overdue checks).</summary>
    public const string SystemActor = "system";

    // For EF Core.
    private Rectification()
    {
        PromisorId = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid SurveyId { get; private set; }

    public string PromisorId { get; private set; }

    public int Year { get; private set; }

    public DateTimeOffset ReportReceivedAt { get; private set; }

    public IReadOnlyList<RectificationObligation> Obligations { get; private set; } = [];

    /// <summary>The agreements of <see cref="Obligations"/>, for look-ups by agreement.</summary>
    public IReadOnlyList<Guid> AgreementIds { get; private set; } = [];

    /// <summary>The earliest deadline of the obligations.</summary>
    public DateTimeOffset Deadline { get; private set; }

    public RectificationState State { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>Completed after at least one deadline.</summary>
    public bool CompletedLate { get; private set; }

    public string? CompletedBy { get; private set; }

    public string? Evidence { get; private set; }

    public string? EvidenceDocumentRef { get; private set; }

    public IReadOnlyList<SurveyHistoryEntry> History { get; private set; } = [];

    public long Version { get; private set; }

    /// <summary>
    /// Judges <paramref name="survey"/> against the terms of each agreement it covers; opens a rectification
    /// for those whose floor the score is below, or returns null when it meets every floor.
    /// </summary>
    public static Rectification? OpenFor(Guid id, Survey survey, IEnumerable<SatisfactionTerms> covered, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(covered);
        var score = survey.Scored;
        var obligations = covered
            .Where(score.IsBelowFloorOf)
            .Select(terms => Obligation(score, terms, survey.ReportReceivedAt))
            .ToList();
        if (obligations.Count == 0)
        {
            return null;
        }

        var rectification = new Rectification
        {
            Id = id,
            SurveyId = survey.Id,
            PromisorId = survey.PromisorId,
            Year = survey.Year,
            ReportReceivedAt = survey.ReportReceivedAt,
            Obligations = obligations,
            AgreementIds = [.. obligations.Select(o => o.AgreementId)],
            Deadline = obligations.Min(o => o.Deadline),
            State = RectificationState.Open,
            OpenedAt = now,
            Version = 1,
        };
        var detail = string.Join("; ", obligations.Select(o => $"agreement {o.AgreementId}: score {o.ScoreOnTermsScale} below floor {o.Floor}, due {o.Deadline:O}"));
        rectification.Record(now, survey.RecordedBy, "Opened", detail);
        rectification.Raise(new RectificationOpened(now));
        return rectification;
    }

    /// <summary>Where it stands at <paramref name="now"/>: open past its earliest deadline is overdue.</summary>
    public RectificationStatus StatusAt(DateTimeOffset now) => State switch
    {
        RectificationState.Completed => CompletedLate ? RectificationStatus.CompletedLate : RectificationStatus.Completed,
        _ => RectificationRules.HasPassed(Deadline, now) ? RectificationStatus.Overdue : RectificationStatus.Open,
    };

    /// <summary>Completes it now with <paramref name="evidence"/>; late when any deadline has passed.</summary>
    public void Complete(string? actor, string? evidence, string? evidenceDocumentRef, long expectedVersion, DateTimeOffset now)
    {
        var who = SurveyText.Required(actor, "actor", SurveyText.MaxShortText);
        if (expectedVersion != Version)
        {
            throw RuleViolationException.Conflict("version", $"Rectification {Id} is at version {Version}, not {expectedVersion}; read it again and retry.");
        }

        if (State != RectificationState.Open)
        {
            throw RuleViolationException.Precondition(
                "rectification.already_completed", "rectification.status", $"Rectification {Id} was already completed on {CompletedAt:O}.");
        }

        var text = SurveyText.Required(evidence, "evidence", SurveyText.MaxLongText);
        var reference = SurveyText.Optional(evidenceDocumentRef, "evidence_document_ref", SurveyText.MaxShortText);
        State = RectificationState.Completed;
        CompletedAt = now;
        CompletedLate = RectificationRules.HasPassed(Deadline, now);
        CompletedBy = who;
        Evidence = text;
        EvidenceDocumentRef = reference.Length == 0 ? null : reference;
        Version++;
        Record(now, who, CompletedLate ? "CompletedLate" : "Completed", reference.Length == 0 ? text : $"{text} (document {reference})");
        Raise(new RectificationCompleted(!CompletedLate, now));
    }

    /// <summary>
    /// Raises the overdue of <paramref name="agreementId"/> once, if the rectification is still open after its
    /// deadline; false (nothing changed) otherwise.
    /// </summary>
    public bool MarkOverdue(Guid agreementId, DateTimeOffset now)
    {
        var obligation = Obligations.FirstOrDefault(o => o.AgreementId == agreementId);
        if (State != RectificationState.Open || obligation is null || obligation.OverdueAt is not null || !RectificationRules.HasPassed(obligation.Deadline, now))
        {
            return false;
        }

        Obligations = [.. Obligations.Select(o => o.AgreementId == agreementId ? o with { OverdueAt = now } : o)];
        Version++;
        Record(now, SystemActor, "Overdue", $"Agreement {agreementId}: not rectified by {obligation.Deadline:O}.");
        Raise(new RectificationOverdue(agreementId, obligation.Deadline, now));
        return true;
    }

    private static RectificationObligation Obligation(SurveyScore score, SatisfactionTerms terms, DateTimeOffset reportReceivedAt)
    {
        if (terms.RectificationMonths is < 1 or > 1200)
        {
            throw RuleViolationException.Precondition(
                "survey.terms_without_rectification_period",
                "4.2.3",
                $"The terms (version {terms.TermsVersion}) of agreement {terms.AgreementId} have no valid rectification period ({terms.RectificationMonths} months).");
        }

        var (min, max) = terms.ScaleFor(score);
        return new RectificationObligation(
            terms.AgreementId,
            terms.TermsVersion,
            terms.Floor,
            min,
            max,
            score.OnScale(min, max),
            terms.RectificationMonths,
            RectificationRules.Deadline(reportReceivedAt, terms.RectificationMonths));
    }

    private void Record(DateTimeOffset at, string actor, string action, string detail) =>
        History = [.. History, new SurveyHistoryEntry(History.Count + 1, at, actor, action, detail)];
}
