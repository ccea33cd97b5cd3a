using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Platform.Agreements.Domain.Compliance;
using Platform.Contracts.Agreements.V1;
using Proto = Platform.Contracts.Agreements.V1;
using Platform.ServiceDefaults.Requests;

namespace Platform.Agreements.Grpc;

/// <summary>The compliance report, from the facts this service keeps.</summary>
public sealed partial class AgreementsGrpcService
{
    private const int DefaultMaxBreaches = 100;
    private const int MaxBreaches = 1000;

    public override async Task<GetComplianceReportResponse> GetComplianceReport(GetComplianceReportRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var agreement = await LoadAsync(request.AgreementId, tracking: false, ct);
        var start = RequestFields.RequiredTime(request.PeriodStart, "period_start");
        var end = RequestFields.RequiredTime(request.PeriodEnd, "period_end");
        var maxBreaches = RequestFields.Limit(request.MaxBreaches, "max_breaches", DefaultMaxBreaches, MaxBreaches);
        var id = agreement.Id;
        var promisorId = agreement.Promisor.OrganizationId;
        var facts = new ComplianceFacts(
            await db.ResolutionPeriods.AsNoTracking().Where(p => p.AgreementId == id && p.PeriodStart >= start && p.PeriodEnd <= end).ToListAsync(ct),
            await db.Surveys.AsNoTracking().Where(s => s.ReportReceivedAt >= start && s.ReportReceivedAt < end).ToListAsync(ct),
            // Sorted here, not by the database: an agreement with tens of thousands of breaches in the period made
            // PostgreSQL sort them on disk (work_mem); the same stable order by fact time, in a few milliseconds.
            [.. (await db.Breaches.AsNoTracking().Where(b => b.AgreementId == id && b.FactAt >= start && b.FactAt <= end).ToListAsync(ct)).OrderBy(b => b.FactAt)])
        {
            FundingShortfalls = await db.FundingShortfalls.AsNoTracking().Where(f => f.PromisorId == promisorId).ToListAsync(ct),
            StaffingChanges = await db.StaffingChanges.AsNoTracking().Where(c => c.PromisorId == promisorId && c.At <= end).ToListAsync(ct),
        };
        var now = time.GetUtcNow();
        var (termsVersion, clauses) = ComplianceReport.Build(agreement, start, end, facts, now);
        return new GetComplianceReportResponse
        {
            AgreementId = agreement.Id.ToString(),
            TermsVersion = termsVersion,
            Clauses =
            {
                clauses.Select(c => new Proto.ClauseCompliance
                {
                    Clause = c.Clause,
                    Title = c.Title,
                    Target = c.Target,
                    Measured = c.Measured,
                    MeasuredValue = RequestFields.ToWire(c.MeasuredValue),
                    TargetValue = RequestFields.ToWire(c.TargetValue),
                    Status = c.Status switch
                    {
                        Domain.Compliance.ComplianceStatus.Met => Proto.ComplianceStatus.Met,
                        Domain.Compliance.ComplianceStatus.AtRisk => Proto.ComplianceStatus.AtRisk,
                        Domain.Compliance.ComplianceStatus.Missed => Proto.ComplianceStatus.Missed,
                        _ => Proto.ComplianceStatus.NoData,
                    },
                }),
            },
            // The verdicts count every breach; the answer carries the latest few, so an agreement with thousands in
            // the period stays far below gRPC's message limit.
            Breaches = { facts.Breaches.Skip(Math.Max(0, facts.Breaches.Count - maxBreaches)).Select(b => b.ToProto()) },
            BreachCount = facts.Breaches.Count,
        };
    }
}
