using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Platform.Contracts.Common.V1;
using Platform.ServiceDefaults.Requests;

namespace Platform.ServiceDefaults.Audit;

/// <summary><c>ListAuditRecords</c>: the service's audit trail, newest first, for auditors.</summary>
internal sealed class AuditGrpcService(IAuditTrail trail) : AuditService.AuditServiceBase
{
    private const int MaxPageSize = 500;

    public override async Task<ListAuditRecordsResponse> ListAuditRecords(ListAuditRecordsRequest request, ServerCallContext context)
    {
        var size = PageToken.Size(request.PageSize, MaxPageSize);
        var query = new AuditQuery(
            RequestFields.OptionalTime(request.Since, "since"),
            RequestFields.OptionalTime(request.Until, "until"),
            NonEmpty(request.Subject),
            NonEmpty(request.TargetId),
            request.PageToken.Length == 0 ? null : PageToken.DecodeSequence(request.PageToken),
            size + 1);
        var records = await trail.ListAsync(query, context.CancellationToken);
        var response = new ListAuditRecordsResponse();
        response.Records.AddRange(records.Take(size).Select(r => new Contracts.Common.V1.AuditRecord
        {
            Sequence = r.Sequence,
            At = Timestamp.FromDateTimeOffset(r.At),
            Subject = r.Subject,
            Roles = { r.Roles.Split(' ', StringSplitOptions.RemoveEmptyEntries) },
            Rpc = r.Rpc,
            TargetId = r.TargetId ?? string.Empty,
            Outcome = r.Outcome,
            Kind = r.Kind,
        }));
        if (records.Count > size)
        {
            response.NextPageToken = PageToken.Encode(records[size - 1].Sequence);
        }

        return response;
    }

    private static string? NonEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
