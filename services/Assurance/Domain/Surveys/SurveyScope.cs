using System.Security.Cryptography;
using System.Text;
using Platform.SharedKernel;

namespace Platform.Assurance.Domain.Surveys;

/// <summary>What a survey covers: named agreements of the promisor, or the whole promisor.</summary>
public sealed record SurveyScope
{
    /// <summary>Most agreements one survey may name.</summary>
    public const int MaxAgreements = 500;

    private SurveyScope(bool wholePromisor, IReadOnlyList<Guid> agreementIds)
    {
        WholePromisor = wholePromisor;
        AgreementIds = agreementIds;
    }

    /// <summary>Every agreement of the promisor in force when the report was received.</summary>
    public bool WholePromisor { get; }

    /// <summary>The agreements named, in the order given; empty for the whole promisor.</summary>
    public IReadOnlyList<Guid> AgreementIds { get; }

    /// <summary>One short key per scope: "promisor", or a hash of the agreement ids in order, whatever order they were named in.</summary>
    public string Key => WholePromisor
        ? "promisor"
        : "agreements:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(',', AgreementIds.Order()))));

    public static SurveyScope Promisor() => new(true, []);

    public static SurveyScope Agreements(IReadOnlyList<Guid> agreementIds)
    {
        ArgumentNullException.ThrowIfNull(agreementIds);
        if (agreementIds.Count == 0)
        {
            throw RuleViolationException.Invalid("agreement_ids", "agreement_ids is required with scope AGREEMENTS: name at least one agreement.");
        }

        if (agreementIds.Count > MaxAgreements)
        {
            throw RuleViolationException.Invalid("agreement_ids", $"agreement_ids names {agreementIds.Count} agreements; at most {MaxAgreements} are allowed.");
        }

        if (agreementIds.Distinct().Count() != agreementIds.Count)
        {
            throw RuleViolationException.Invalid("agreement_ids", "agreement_ids names an agreement more than once.");
        }

        return new SurveyScope(false, [.. agreementIds]);
    }

    /// <summary>Whether a survey of this scope and one of <paramref name="other"/> (same promisor) cover a common agreement.</summary>
    public bool Overlaps(SurveyScope other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return WholePromisor || other.WholePromisor || AgreementIds.Intersect(other.AgreementIds).Any();
    }

    /// <summary>Whether the scope covers <paramref name="agreementId"/> (an agreement of the same promisor).</summary>
    public bool Covers(Guid agreementId) => WholePromisor || AgreementIds.Contains(agreementId);
}
