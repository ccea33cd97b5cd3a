using Platform.Agreements.Domain;

namespace Platform.Agreements.Tests.Domain;

/// <summary>A complete draft by default; each With… changes one thing.</summary>
internal sealed class AgreementBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private Promisor _promisor = new("org-acme", "ACME Services Ltd");
    private Customer _customer = new("cust-42", CustomerKind.Enterprise, "Globex Corporation");
    private readonly DateTimeOffset _effectiveFrom = Now;
    private DateTimeOffset _expiresAt = Now.AddYears(1);

    public AgreementBuilder WithPromisor(string organizationId, string name)
    {
        _promisor = new Promisor(organizationId, name);
        return this;
    }

    public AgreementBuilder WithCustomerName(string name)
    {
        _customer = _customer with { Name = name };
        return this;
    }

    public AgreementBuilder ExpiringAt(DateTimeOffset expiresAt)
    {
        _expiresAt = expiresAt;
        return this;
    }

    public static CreateRequest Request { get; } = new(Guid.NewGuid(), "fingerprint-of-the-request");

    public DraftDetails BuildDetails() => DraftDetails.Create(_promisor, _customer, _effectiveFrom, _expiresAt);

    public Agreement BuildDraft() =>
        Agreement.Draft(Guid.NewGuid(), AgreementNumber.Format(2026, 123), Request, BuildDetails(), Now);

    public Agreement BuildActive()
    {
        var agreement = BuildDraft();
        agreement.Sign("Jane Signer", agreement.Version, Now);
        agreement.ClearDomainEvents();
        return agreement;
    }
}
