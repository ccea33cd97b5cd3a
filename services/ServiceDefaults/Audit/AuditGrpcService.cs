using System.Buffers.Binary;
using System.Buffers.Text;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Platform.Contracts.Common.V1;
using Platform.ServiceDefaults.Requests;
using Platform.SharedKernel;

namespace Platform.ServiceDefaults.Audit;

/// <summary><c>ListAuditRecords</c>: the service's audit trail, newest first, for auditors.</summary>
internal sealed class AuditGrpcService(IAuditTrail trail) : AuditService.AuditServiceBase
{
    private const int DefaultPageSize = 50;
    private const int MaxPageSize = 500;

    public override async Task<ListAuditRecordsResponse> ListAuditRecords(ListAuditRecordsRequest request, ServerCallContext context)
    {
        var size = request.PageSize switch
        {
            < 0 => throw RuleViolationException.Invalid("page_size", "page_size must not be negative."),
            0 => DefaultPageSize,
            _ => Math.Min(request.PageSize, MaxPageSize),
        };
        var query = new AuditQuery(
            RequestFields.OptionalTime(request.Since, "since"),
            RequestFields.OptionalTime(request.Until, "until"),
            NonEmpty(request.Subject),
            NonEmpty(request.TargetId),
            request.PageToken.Length == 0 ? null : Decode(request.PageToken),
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
            response.NextPageToken = Encode(records[size - 1].Sequence);
        }

        return response;
    }

    private static string? NonEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Encode(long sequence)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(bytes, sequence);
        return Base64Url.EncodeToString(bytes);
    }

    private static long Decode(string token)
    {
        try
        {
            var bytes = Base64Url.DecodeFromChars(token);
            return bytes.Length == 8 ? BinaryPrimitives.ReadInt64BigEndian(bytes) : throw new FormatException();
        }
        catch (FormatException)
        {
            throw RuleViolationException.Invalid("page_token", "page_token is not one this service issued; start again without it.");
        }
    }
}
