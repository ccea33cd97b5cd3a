namespace Platform.IntegrationTests.Messaging;

/// <summary>The effect of <see cref="AgreementActivatedConsumer"/>: one row per applied message, in order of arrival.</summary>
public sealed class ReceivedAgreement
{
    public long Id { get; set; }

    public Guid AgreementId { get; set; }

    public long AgreementVersion { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
}
