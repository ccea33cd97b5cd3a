namespace Platform.Assurance.Domain.Funding;

/// <summary>A create request of the fund: its client-chosen id and a fingerprint of its content, so a retry is told from a reuse.</summary>
public sealed record FundingRequest(Guid Id, string Fingerprint);
