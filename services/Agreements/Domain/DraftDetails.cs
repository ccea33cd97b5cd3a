using Platform.Agreements.Domain.Terms;
using Platform.SharedKernel;

namespace Platform.Agreements.Domain;

/// <summary>What a draft agreement is made of, checked field by field before anything is stored or numbered.</summary>
public sealed record DraftDetails
{
    private const int MaxTextLength = 300;
    private const int MaxListLength = 100;

    private DraftDetails(
        Promisor promisor,
        IReadOnlyList<Subsidiary> subsidiaries,
        Customer customer,
        CustomerContact? contact,
        ServiceScope scope,
        DateTimeOffset effectiveFrom,
        DateTimeOffset expiresAt,
        AgreementTerms terms)
    {
        Promisor = promisor;
        Subsidiaries = subsidiaries;
        Customer = customer;
        Contact = contact;
        Scope = scope;
        EffectiveFrom = effectiveFrom;
        ExpiresAt = expiresAt;
        Terms = terms;
    }

    public Promisor Promisor { get; }

    public IReadOnlyList<Subsidiary> Subsidiaries { get; }

    public Customer Customer { get; }

    public CustomerContact? Contact { get; }

    public ServiceScope Scope { get; }

    public DateTimeOffset EffectiveFrom { get; }

    public DateTimeOffset ExpiresAt { get; }

    /// <summary>The proposed terms; they may be incomplete until signing.</summary>
    public AgreementTerms Terms { get; }

    /// <summary>Checks every field; a bad one is named (as on the wire) in the INVALID_ARGUMENT it raises.</summary>
    public static DraftDetails Create(
        Promisor promisor,
        Customer customer,
        DateTimeOffset effectiveFrom,
        DateTimeOffset expiresAt,
        IReadOnlyList<Subsidiary>? subsidiaries = null,
        CustomerContact? contact = null,
        ServiceScope? scope = null,
        AgreementTerms? terms = null)
    {
        RequireText(promisor.OrganizationId, "promisor.organization_id");
        RequireText(promisor.Name, "promisor.name");
        subsidiaries ??= [];
        MaxItems(subsidiaries, "promisor.authorised_subsidiaries");
        for (var i = 0; i < subsidiaries.Count; i++)
        {
            RequireText(subsidiaries[i].OrganizationId, $"promisor.authorised_subsidiaries[{i}].organization_id");
            RequireText(subsidiaries[i].Name, $"promisor.authorised_subsidiaries[{i}].name");
        }

        RequireText(customer.CustomerId, "customer.customer_id");
        RequireText(customer.Name, "customer.name");
        if (contact is not null)
        {
            OptionalText(contact.Email, "customer.contact.email");
            OptionalText(contact.Phone, "customer.contact.phone");
            if (contact.Email is { Length: > 0 } email && !email.Contains('@', StringComparison.Ordinal))
            {
                throw RuleViolationException.Invalid("customer.contact.email", "customer.contact.email is not an email address.");
            }
        }

        scope ??= ServiceScope.Empty;
        if (scope.Description.Length > 4000)
        {
            throw RuleViolationException.Invalid("scope.description", "scope.description must be at most 4000 characters.");
        }

        MaxItems(scope.ServiceCodes, "scope.service_codes");
        for (var i = 0; i < scope.ServiceCodes.Count; i++)
        {
            RequireText(scope.ServiceCodes[i], $"scope.service_codes[{i}]");
        }

        if (expiresAt <= effectiveFrom)
        {
            throw RuleViolationException.Invalid("expires_at", "The expiry time must be after the effective time.");
        }

        return new DraftDetails(promisor, subsidiaries, customer, contact, scope, effectiveFrom, expiresAt, (terms ?? new AgreementTerms()).Validated());
    }

    internal static void RequireText(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw RuleViolationException.Invalid(field, $"{field} is required.");
        }

        OptionalText(value, field);
    }

    private static void OptionalText(string? value, string field)
    {
        if (value is { Length: > MaxTextLength })
        {
            throw RuleViolationException.Invalid(field, $"{field} must be at most {MaxTextLength} characters.");
        }
    }

    private static void MaxItems<T>(IReadOnlyList<T> items, string field)
    {
        if (items.Count > MaxListLength)
        {
            throw RuleViolationException.Invalid(field, $"{field} may have at most {MaxListLength} entries.");
        }
    }
}
