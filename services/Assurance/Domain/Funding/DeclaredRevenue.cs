using Platform.SharedKernel;

namespace Platform.Assurance.Domain.Funding;

/// <summary>
/// A promisor's declared annual service revenue for one year (clause 3.1): the base the fund is measured
/// against. Amendments check the version the caller saw and are all kept on the history.
/// </summary>
public sealed class DeclaredRevenue
{
    // For EF Core.
    private DeclaredRevenue()
    {
        PromisorId = string.Empty;
        RequestFingerprint = string.Empty;
        Currency = string.Empty;
    }

    public Guid Id { get; private set; }

    public string PromisorId { get; private set; }

    public int Year { get; private set; }

    /// <summary>The request id of the declaration, so a retried call returns this revenue.</summary>
    public Guid RequestId { get; private set; }

    public string RequestFingerprint { get; private set; }

    public decimal Amount { get; private set; }

    public string Currency { get; private set; }

    public FundMoney Revenue => new(Amount, Currency);

    public DateTimeOffset DeclaredAt { get; private set; }

    public IReadOnlyList<RevenueHistoryEntry> History { get; private set; } = [];

    /// <summary>Incremented by every amendment; the concurrency token.</summary>
    public long Version { get; private set; }

    /// <summary>Declares the revenue of <paramref name="year"/>: a year already begun, never a future one.</summary>
    public static DeclaredRevenue Declare(Guid id, string promisorId, int year, ClientRequest request, FundMoney revenue, string actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(revenue);
        var who = FundingText.Actor(actor);
        FundingYear.Valid(year);
        if (year > FundingYear.Of(now))
        {
            throw RuleViolationException.Invalid("year", $"year {year} has not begun; revenue is declared for the current or a past year.");
        }

        var declared = new DeclaredRevenue
        {
            Id = id,
            PromisorId = FundingText.PromisorId(promisorId),
            Year = year,
            RequestId = request.Id,
            RequestFingerprint = request.Fingerprint,
            Amount = revenue.Amount,
            Currency = revenue.Currency,
            DeclaredAt = now,
            Version = 1,
        };
        declared.Record(now, who, "Declared", string.Empty);
        return declared;
    }

    /// <summary>Refuses a declaration that reuses this revenue's request id for different content.</summary>
    public void EnsureDeclaredBy(ClientRequest request)
    {
        if (request.Id != RequestId || request.Fingerprint != RequestFingerprint)
        {
            throw RuleViolationException.AlreadyExists(
                "funding.request_id_reused", "request_id", $"request_id {request.Id} was already used to declare revenue {Id} with different content; use a new request_id.");
        }
    }

    /// <summary>Amends the amount and/or currency, with a reason; an amendment that changes nothing is refused.</summary>
    public void Amend(FundMoney revenue, string? reason, string actor, long expectedVersion, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(revenue);
        var who = FundingText.Actor(actor);
        var why = FundingText.Required(reason, "reason", FundingText.MaxLongText);
        if (expectedVersion != Version)
        {
            throw RuleViolationException.Conflict("version", $"The revenue of {PromisorId} for {Year} is at version {Version}, not {expectedVersion}; read it again and retry.");
        }

        if (revenue == Revenue)
        {
            throw RuleViolationException.Precondition("funding.revenue_unchanged", "revenue", $"The revenue of {PromisorId} for {Year} is already {revenue}.");
        }

        Amount = revenue.Amount;
        Currency = revenue.Currency;
        Version++;
        Record(now, who, "Amended", why);
    }

    private void Record(DateTimeOffset at, string actor, string action, string reason) =>
        History = [.. History, new RevenueHistoryEntry(History.Count + 1, at, actor, action, Amount, Currency, reason)];
}
