using Google.Protobuf.WellKnownTypes;
using Platform.Agreements.Domain;
using Platform.SharedKernel;
using Proto = Platform.Contracts.Agreements.V1;

namespace Platform.Agreements.Grpc;

internal static class AgreementMapping
{
    public static Proto.Agreement ToProto(this Agreement agreement)
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
            Promisor = new Proto.Promisor { OrganizationId = agreement.Promisor.OrganizationId, Name = agreement.Promisor.Name },
            Customer = new Proto.Customer
            {
                CustomerId = agreement.Customer.CustomerId,
                Kind = agreement.Customer.Kind == CustomerKind.Enterprise ? Proto.CustomerKind.Enterprise : Proto.CustomerKind.Individual,
                Name = agreement.Customer.Name,
            },
            EffectiveFrom = Timestamp.FromDateTimeOffset(agreement.EffectiveFrom),
            ExpiresAt = Timestamp.FromDateTimeOffset(agreement.ExpiresAt),
            SignedBy = agreement.SignedBy ?? string.Empty,
            Version = agreement.Version,
        };
        if (agreement.SignedAt is { } signedAt)
        {
            proto.SignedAt = Timestamp.FromDateTimeOffset(signedAt);
        }

        return proto;
    }

    public static Promisor ToDomain(this Proto.Promisor? promisor) =>
        promisor is null
            ? throw RuleViolationException.Invalid("promisor", "promisor is required.")
            : new Promisor(promisor.OrganizationId.Trim(), promisor.Name.Trim());

    public static Customer ToDomain(this Proto.Customer? customer)
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
}
