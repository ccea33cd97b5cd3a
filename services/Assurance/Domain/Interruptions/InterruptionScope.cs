using Platform.SharedKernel;

namespace Platform.Assurance.Domain.Interruptions;

/// <summary>
/// What an interruption affects: the services by name, and either the agreements named or every agreement
/// of the promisor in force at the start (clause 1.3).
/// </summary>
public sealed record InterruptionScope(IReadOnlyList<string> AffectedServices, IReadOnlyList<Guid> AffectedAgreementIds, bool AllActiveAgreementsOfPromisor)
{
    public const int MaxServices = 100;
    public const int MaxAgreements = 500;

    /// <summary>
    /// Checks a scope: at least one service (names trimmed, repeats dropped case-insensitively), and agreements
    /// named or all of them, not both. Fields are named as on the wire, under <paramref name="field"/>.
    /// </summary>
    public static InterruptionScope Of(IEnumerable<string> services, IEnumerable<Guid> agreementIds, bool allActiveAgreementsOfPromisor, string field = "scope")
    {
        var servicesField = $"{field}.affected_services";
        var agreementsField = $"{field}.affected_agreement_ids";
        var names = new List<string>();
        foreach (var service in services)
        {
            var name = InterruptionText.Required(service, servicesField, InterruptionText.MaxServiceName);
            if (!names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(name);
            }
        }

        if (names.Count is 0 or > MaxServices)
        {
            throw RuleViolationException.Invalid(servicesField, $"Name between 1 and {MaxServices} interrupted systems or services, not {names.Count}.");
        }

        var agreements = agreementIds.Distinct().ToList();
        if (allActiveAgreementsOfPromisor && agreements.Count > 0)
        {
            throw RuleViolationException.Invalid(agreementsField, "Name no agreement when all_active_agreements_of_promisor is set: every agreement of the promisor is affected.");
        }

        if (!allActiveAgreementsOfPromisor && agreements.Count == 0)
        {
            throw RuleViolationException.Invalid(agreementsField, "Name at least one affected agreement, or set all_active_agreements_of_promisor.");
        }

        if (agreements.Count > MaxAgreements)
        {
            throw RuleViolationException.Invalid(agreementsField, $"At most {MaxAgreements} agreements may be named; set all_active_agreements_of_promisor instead.");
        }

        return new InterruptionScope(names, agreements, allActiveAgreementsOfPromisor);
    }

    /// <summary>Same services (in order) and the same agreements (in any order).</summary>
    public bool SameAs(InterruptionScope other) =>
        AllActiveAgreementsOfPromisor == other.AllActiveAgreementsOfPromisor
        && AffectedServices.SequenceEqual(other.AffectedServices)
        && AffectedAgreementIds.Order().SequenceEqual(other.AffectedAgreementIds.Order());

    /// <summary>Readable, for the history and the corrections.</summary>
    public override string ToString()
    {
        var agreements = AllActiveAgreementsOfPromisor ? "all active agreements of the promisor" : $"agreements {string.Join(", ", AffectedAgreementIds)}";
        return $"services {string.Join(", ", AffectedServices)}; {agreements}";
    }
}
