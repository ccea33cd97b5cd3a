using Microsoft.EntityFrameworkCore;
using Platform.AgreementReplica.Data;
using Platform.Assurance.Data;
using Platform.Assurance.Domain.Surveys;
using Platform.ServiceDefaults.Requests;
using Proto = Platform.Contracts.Assurance.V1;

namespace Platform.Assurance.Grpc.Surveys;

/// <summary>Lists evaluators, surveys and rectifications newest first with keyset pages (<see cref="PageToken"/>).</summary>
internal static class SurveyListing
{
    public static async Task<(IReadOnlyList<Evaluator> Items, string NextPageToken)> EvaluatorsAsync(AssuranceDbContext db, Proto.ListEvaluatorsRequest request, CancellationToken ct)
    {
        var pageSize = PageToken.Size(request.PageSize);
        var promisorId = SurveyText.PromisorId(request.PromisorId);
        var query = db.Set<Evaluator>().AsNoTracking().Where(e => e.PromisorId == promisorId);
        if (!string.IsNullOrEmpty(request.PageToken))
        {
            var after = PageToken.Decode(request.PageToken);
            query = query.Where(e => e.Id < after);
        }

        var fetched = await query.OrderByDescending(e => e.Id).Take(pageSize + 1).ToListAsync(ct);
        return PageToken.Page(fetched, pageSize, e => e.Id);
    }

    public static async Task<(IReadOnlyList<Survey> Items, string NextPageToken)> SurveysAsync(AssuranceDbContext db, Proto.ListSurveysRequest request, CancellationToken ct)
    {
        var pageSize = PageToken.Size(request.PageSize);
        var query = db.Set<Survey>().AsNoTracking();
        if (!string.IsNullOrEmpty(request.PromisorId))
        {
            var promisorId = SurveyText.PromisorId(request.PromisorId);
            query = query.Where(s => s.PromisorId == promisorId);
        }

        if (!string.IsNullOrEmpty(request.AgreementId))
        {
            var agreementId = RequestFields.RequiredGuid(request.AgreementId, "agreement_id");
            var promisorOfAgreement = (await db.FindKnownAgreementAsync(agreementId, ct))?.PromisorId;
            query = query.Where(s => s.AgreementIds.Contains(agreementId) || (s.WholePromisor && s.PromisorId == promisorOfAgreement));
        }

        if (request.FromYear != 0)
        {
            query = query.Where(s => s.Year >= request.FromYear);
        }

        if (request.ToYear != 0)
        {
            query = query.Where(s => s.Year <= request.ToYear);
        }

        if (!string.IsNullOrEmpty(request.PageToken))
        {
            var after = PageToken.Decode(request.PageToken);
            query = query.Where(s => s.Id < after);
        }

        var fetched = await query.OrderByDescending(s => s.Id).Take(pageSize + 1).ToListAsync(ct);
        return PageToken.Page(fetched, pageSize, s => s.Id);
    }

    public static async Task<(IReadOnlyList<Rectification> Items, string NextPageToken)> RectificationsAsync(
        AssuranceDbContext db, Proto.ListRectificationsRequest request, DateTimeOffset now, CancellationToken ct)
    {
        var pageSize = PageToken.Size(request.PageSize);
        var query = db.Set<Rectification>().AsNoTracking();
        if (!string.IsNullOrEmpty(request.PromisorId))
        {
            var promisorId = SurveyText.PromisorId(request.PromisorId);
            query = query.Where(r => r.PromisorId == promisorId);
        }

        if (!string.IsNullOrEmpty(request.AgreementId))
        {
            var agreementId = RequestFields.RequiredGuid(request.AgreementId, "agreement_id");
            query = query.Where(r => r.AgreementIds.Contains(agreementId));
        }

        query = request.Status switch
        {
            Proto.RectificationStatus.Unspecified => query,
            Proto.RectificationStatus.Open => query.Where(r => r.State == RectificationState.Open && r.Deadline >= now),
            Proto.RectificationStatus.Overdue => query.Where(r => r.State == RectificationState.Open && r.Deadline < now),
            Proto.RectificationStatus.Completed => query.Where(r => r.State == RectificationState.Completed && !r.CompletedLate),
            Proto.RectificationStatus.CompletedLate => query.Where(r => r.State == RectificationState.Completed && r.CompletedLate),
            _ => throw Platform.SharedKernel.RuleViolationException.Invalid("status", $"status {request.Status} is not a rectification status."),
        };
        if (!string.IsNullOrEmpty(request.PageToken))
        {
            var after = PageToken.Decode(request.PageToken);
            query = query.Where(r => r.Id < after);
        }

        var fetched = await query.OrderByDescending(r => r.Id).Take(pageSize + 1).ToListAsync(ct);
        return PageToken.Page(fetched, pageSize, r => r.Id);
    }
}
