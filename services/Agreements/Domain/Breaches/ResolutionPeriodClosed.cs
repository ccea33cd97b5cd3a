namespace Platform.Agreements.Domain.Breaches;

/// <summary>
/// Complaints closed a measurement period of an agreement (clause 2.3.2): of the complaints in scope filed in
/// [<see cref="PeriodStart"/>, <see cref="PeriodEnd"/>), how many were resolved.
/// </summary>
public sealed record ResolutionPeriodClosed(
    Guid AgreementId,
    DateTimeOffset PeriodStart,
    DateTimeOffset PeriodEnd,
    ResolutionScope Scope,
    int Filed,
    int Resolved);
