using Platform.SharedKernel;

namespace Platform.Assurance.Domain.Funding;

/// <summary>Money allocated to or spent from the dedicated fund (clause 3.1), for one allowed purpose. Entries are never changed.</summary>
public sealed class FundEntry
{
    // For EF Core.
    private FundEntry()
    {
        PromisorId = string.Empty;
        RequestFingerprint = string.Empty;
        Currency = string.Empty;
        Description = string.Empty;
        RecordedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public string PromisorId { get; private set; }

    public FundEntryKind Kind { get; private set; }

    public decimal Amount { get; private set; }

    public string Currency { get; private set; }

    public FundMoney Money => new(Amount, Currency);

    /// <summary>When the money was allocated or spent.</summary>
    public DateTimeOffset BookedAt { get; private set; }

    /// <summary>The fund year it counts for: the UTC year of <see cref="BookedAt"/>.</summary>
    public int Year { get; private set; }

    public FundingPurpose Purpose { get; private set; }

    public string Description { get; private set; }

    public Guid RequestId { get; private set; }

    public string RequestFingerprint { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string RecordedBy { get; private set; }

    /// <summary>Records an entry booked at <paramref name="bookedAt"/> (never in the future) for one of the three allowed purposes.</summary>
    public static FundEntry Record(
        Guid id,
        string promisorId,
        FundEntryKind kind,
        ClientRequest request,
        FundMoney money,
        DateTimeOffset bookedAt,
        FundingPurpose purpose,
        string? description,
        string actor,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(money);
        if (!Enum.IsDefined(purpose))
        {
            throw RuleViolationException.Invalid("purpose", "purpose must be one of SERVICE_OPTIMISATION, TECHNOLOGY_UPGRADE or CUSTOMER_CARE (clause 3.1); the fund serves nothing else.");
        }

        if (bookedAt > now)
        {
            throw RuleViolationException.Invalid("booked_at", $"booked_at {bookedAt:O} is in the future; record money when it is allocated or spent.");
        }

        FundingYear.Valid(FundingYear.Of(bookedAt), "booked_at");
        return new FundEntry
        {
            Id = id,
            PromisorId = FundingText.PromisorId(promisorId),
            Kind = Enum.IsDefined(kind) ? kind : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a fund entry kind."),
            Amount = money.Amount,
            Currency = money.Currency,
            BookedAt = bookedAt,
            Year = FundingYear.Of(bookedAt),
            Purpose = purpose,
            Description = FundingText.Optional(description, "description", FundingText.MaxLongText),
            RequestId = request.Id,
            RequestFingerprint = request.Fingerprint,
            RecordedAt = now,
            RecordedBy = FundingText.Actor(actor),
        };
    }

    /// <summary>Refuses a request that reuses this entry's request id for different content.</summary>
    public void EnsureRecordedBy(ClientRequest request)
    {
        if (request.Id != RequestId || request.Fingerprint != RequestFingerprint)
        {
            throw RuleViolationException.AlreadyExists(
                "funding.request_id_reused", "request_id", $"request_id {request.Id} was already used to record fund entry {Id} with different content; use a new request_id.");
        }
    }
}
