using Platform.SharedKernel;

namespace Platform.Assurance.Domain.Interruptions;

/// <summary>Clause 1.3: an interruption affects only agreements of the promisor whose service was interrupted.</summary>
public static class AffectedAgreements
{
    /// <summary>
    /// Checks that every agreement <paramref name="scope"/> names is a known agreement of
    /// <paramref name="promisorId"/> (<paramref name="promisorOf"/> gives the promisor of each agreement known
    /// here, null while its activation has not arrived), and that a scope of all of them is for a promisor
    /// with at least one known agreement (<paramref name="promisorHasAgreements"/>), so a mistyped promisor
    /// is not reported as interrupted.
    /// </summary>
    public static void Check(InterruptionScope scope, string promisorId, IReadOnlyDictionary<Guid, string?> promisorOf, bool promisorHasAgreements, string field = "scope")
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(promisorOf);
        var agreementsField = $"{field}.affected_agreement_ids";
        if (scope.AllActiveAgreementsOfPromisor && !promisorHasAgreements)
        {
            throw RuleViolationException.Precondition(
                "interruption.promisor_unknown", "promisor_id", $"No agreement of promisor {promisorId} is known here (none signed, or their activation has not arrived yet).");
        }

        foreach (var agreementId in scope.AffectedAgreementIds)
        {
            if (!promisorOf.TryGetValue(agreementId, out var owner) || owner is null)
            {
                throw RuleViolationException.Precondition(
                    "interruption.agreement_unknown", agreementsField, $"Agreement {agreementId} is not known here (not signed, or its activation has not arrived yet).");
            }

            if (owner != promisorId)
            {
                throw RuleViolationException.Invalid(agreementsField, $"Agreement {agreementId} is an agreement of another promisor, not of {promisorId}.");
            }
        }
    }
}
