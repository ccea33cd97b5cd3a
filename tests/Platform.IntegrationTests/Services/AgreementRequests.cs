using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Agreements.V1;

namespace Platform.IntegrationTests.Services;

/// <summary>Valid requests by default, each test changing only what it is about.</summary>
internal static class AgreementRequests
{
    public static CreateAgreementRequest Create(TimeSpan? expiresIn = null) => new()
    {
        RequestId = Guid.NewGuid().ToString(),
        Promisor = new Promisor { OrganizationId = "org-acme", Name = "ACME Services Ltd" },
        Customer = new Customer { CustomerId = $"cust-{Guid.NewGuid():N}", Kind = CustomerKind.Enterprise, Name = "Globex Corporation" },
        EffectiveFrom = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(-1)),
        ExpiresAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow + (expiresIn ?? TimeSpan.FromDays(365))),
    };

    public static async Task<Agreement> CreateSignedAsync(AgreementsService.AgreementsServiceClient client, TimeSpan? expiresIn = null)
    {
        var draft = (await client.CreateAgreementAsync(Create(expiresIn))).Agreement;
        return (await client.SignAgreementAsync(new SignAgreementRequest { AgreementId = draft.Id, SignedBy = "Jane Signer", Version = draft.Version })).Agreement;
    }
}
