using Platform.Contracts.Events.Agreements;

namespace Platform.IntegrationTests.Messaging;

/// <summary>Builds integration events with unique ids, so tests never see each other's data.</summary>
public static class TestEvents
{
    public static AgreementActivated AgreementActivated(long version = 1)
    {
        var now = DateTimeOffset.UtcNow;
        return new AgreementActivated
        {
            AgreementId = Guid.NewGuid(),
            Number = $"CXQ-TEST-{version:D6}",
            PromisorId = "org-test",
            CustomerId = "customer-test",
            EffectiveFrom = now,
            ExpiresAt = now.AddYears(1),
            AgreementVersion = version,
            OccurredAt = now,
        };
    }
}
