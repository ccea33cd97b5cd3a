using Platform.Agreements.Domain.Breaches;

namespace Platform.Agreements.Domain.Facts;

/// <summary>Agreements' own copy of a closed measurement period's resolution counts (clause 2.3.2), for the compliance report.</summary>
public sealed class ResolutionPeriodRecord
{
    // For EF Core.
    private ResolutionPeriodRecord()
    {
    }

    public ResolutionPeriodRecord(Guid agreementId, DateTimeOffset periodStart, DateTimeOffset periodEnd, ResolutionScope scope, int filed, int resolved)
    {
        AgreementId = agreementId;
        PeriodStart = periodStart;
        PeriodEnd = periodEnd;
        Scope = scope;
        Filed = filed;
        Resolved = resolved;
    }

    public Guid AgreementId { get; private set; }

    public DateTimeOffset PeriodStart { get; private set; }

    public DateTimeOffset PeriodEnd { get; private set; }

    public ResolutionScope Scope { get; private set; }

    public int Filed { get; private set; }

    public int Resolved { get; private set; }
}
