using Platform.SharedKernel;

namespace Platform.Agreements.Domain;

/// <summary>What a new agreement is made of, checked field by field before anything is stored or numbered.</summary>
public sealed record DraftDetails
{
    private const int MaxTextLength = 300;

    private DraftDetails(Promisor promisor, Customer customer, DateTimeOffset effectiveFrom, DateTimeOffset expiresAt)
    {
        Promisor = promisor;
        Customer = customer;
        EffectiveFrom = effectiveFrom;
        ExpiresAt = expiresAt;
    }

    public Promisor Promisor { get; }

    public Customer Customer { get; }

    public DateTimeOffset EffectiveFrom { get; }

    public DateTimeOffset ExpiresAt { get; }

    /// <summary>Checks every field; a bad one is named (as on the wire) in the INVALID_ARGUMENT it raises.</summary>
    public static DraftDetails Create(Promisor promisor, Customer customer, DateTimeOffset effectiveFrom, DateTimeOffset expiresAt)
    {
        RequireText(promisor.OrganizationId, "promisor.organization_id");
        RequireText(promisor.Name, "promisor.name");
        RequireText(customer.CustomerId, "customer.customer_id");
        RequireText(customer.Name, "customer.name");
        if (expiresAt <= effectiveFrom)
        {
            throw RuleViolationException.Invalid("expires_at", "The expiry time must be after the effective time.");
        }

        return new DraftDetails(promisor, customer, effectiveFrom, expiresAt);
    }

    internal static void RequireText(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw RuleViolationException.Invalid(field, $"{field} is required.");
        }

        if (value.Length > MaxTextLength)
        {
            throw RuleViolationException.Invalid(field, $"{field} must be at most {MaxTextLength} characters.");
        }
    }
}
