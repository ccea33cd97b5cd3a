using Google.Protobuf.WellKnownTypes;
using Platform.Agreements.Domain;
using Platform.ServiceDefaults.Requests;
using Platform.SharedKernel;
using Proto = Platform.Contracts.Agreements.V1;

namespace Platform.Agreements.Grpc;

internal static class AgreementMapping
{
    /// <summary>The agreement on the wire, with the terms in force at <paramref name="now"/> (a draft's proposed terms).</summary>
    public static Proto.Agreement ToProto(this Agreement agreement, DateTimeOffset now)
    {
        var proto = new Proto.Agreement
        {
            Id = agreement.Id.ToString(),
            Number = agreement.Number,
            Status = agreement.Status switch
            {
                AgreementStatus.Draft => Proto.AgreementStatus.Draft,
                AgreementStatus.Active => Proto.AgreementStatus.Active,
                AgreementStatus.Suspended => Proto.AgreementStatus.Suspended,
                AgreementStatus.Terminated => Proto.AgreementStatus.Terminated,
                AgreementStatus.Expired => Proto.AgreementStatus.Expired,
                _ => Proto.AgreementStatus.Unspecified,
            },
            Promisor = new Proto.Promisor
            {
                OrganizationId = agreement.Promisor.OrganizationId,
                Name = agreement.Promisor.Name,
                AuthorisedSubsidiaries = { agreement.Subsidiaries.Select(s => new Proto.Subsidiary { OrganizationId = s.OrganizationId, Name = s.Name }) },
            },
            Customer = new Proto.Customer
            {
                CustomerId = agreement.Customer.CustomerId,
                Kind = agreement.Customer.Kind == CustomerKind.Enterprise ? Proto.CustomerKind.Enterprise : Proto.CustomerKind.Individual,
                Name = agreement.Customer.Name,
            },
            Scope = new Proto.ServiceScope { Description = agreement.Scope.Description, ServiceCodes = { agreement.Scope.ServiceCodes } },
            EffectiveFrom = Timestamp.FromDateTimeOffset(agreement.EffectiveFrom),
            ExpiresAt = Timestamp.FromDateTimeOffset(agreement.ExpiresAt),
            SignedBy = agreement.SignedBy ?? string.Empty,
            StatusReason = agreement.StatusReason ?? string.Empty,
            CreatedAt = Timestamp.FromDateTimeOffset(agreement.CreatedAt),
            Version = agreement.Version,
        };
        if (agreement.CustomerContact is { } contact)
        {
            proto.Customer.Contact = new Proto.CustomerContact { Email = contact.Email ?? string.Empty, Phone = contact.Phone ?? string.Empty };
        }

        var terms = agreement.TermsAt(now) ?? (agreement.TermsVersions.Count > 0 ? agreement.TermsVersions[0] : null);
        proto.Terms = (terms?.Terms ?? agreement.DraftTerms).ToProto();
        proto.TermsVersion = terms?.Number ?? 0;
        if (agreement.SignedAt is { } signedAt)
        {
            proto.SignedAt = Timestamp.FromDateTimeOffset(signedAt);
        }

        return proto;
    }

    /// <summary>The content of a draft, from the fields CreateAgreement and UpdateDraft share.</summary>
    public static DraftDetails ToDraftDetails(
        Proto.Promisor? promisor,
        Proto.Customer? customer,
        Timestamp? effectiveFrom,
        Timestamp? expiresAt,
        Proto.ServiceScope? scope,
        Proto.AgreementTerms? terms)
    {
        var contact = customer?.Contact is { } c && (c.Email.Length > 0 || c.Phone.Length > 0)
            ? new CustomerContact(EmptyToNull(c.Email), EmptyToNull(c.Phone))
            : null;
        return DraftDetails.Create(
            promisor.ToDomain(),
            customer.ToDomain(),
            RequestFields.RequiredTime(effectiveFrom, "effective_from"),
            RequestFields.RequiredTime(expiresAt, "expires_at"),
            promisor?.AuthorisedSubsidiaries.Select(s => new Subsidiary(s.OrganizationId.Trim(), s.Name.Trim())).ToList(),
            contact,
            scope is null ? null : new ServiceScope(scope.Description.Trim(), scope.ServiceCodes.Select(code => code.Trim()).ToList()),
            terms.ToDomain());
    }

    private static Promisor ToDomain(this Proto.Promisor? promisor) =>
        promisor is null
            ? throw RuleViolationException.Invalid("promisor", "promisor is required.")
            : new Promisor(promisor.OrganizationId.Trim(), promisor.Name.Trim());

    private static Customer ToDomain(this Proto.Customer? customer)
    {
        if (customer is null)
        {
            throw RuleViolationException.Invalid("customer", "customer is required.");
        }

        var kind = customer.Kind switch
        {
            Proto.CustomerKind.Enterprise => CustomerKind.Enterprise,
            Proto.CustomerKind.Individual => CustomerKind.Individual,
            _ => throw RuleViolationException.Invalid("customer.kind", "customer.kind must be ENTERPRISE or INDIVIDUAL."),
        };
        return new Customer(customer.CustomerId.Trim(), kind, customer.Name.Trim());
    }

    private static string? EmptyToNull(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
