using System.Security.Cryptography;
using Grpc.Core;
using Npgsql;
using NpgsqlTypes;
using Platform.Bench.V1;

namespace Platform.Bench;

/// <summary>Baselines (a) and (b): the least a gRPC handler, and a durable two-insert transaction, can cost.</summary>
internal sealed class BaselineGrpcService(NpgsqlDataSource dataSource) : BaselineService.BaselineServiceBase
{
    private static readonly ConstantResponse s_constant = new() { Value = 42 };

    // Same sizes as tests/performance/pgbench/two-inserts.sql.
    private static readonly string s_subject = new('s', 80);
    private static readonly string s_description = new('d', 500);
    private static readonly string s_clocks = $$"""{"clocks": "{{new string('c', 280)}}"}""";
    private static readonly string s_payload = $$"""{"payload": "{{new string('p', 385)}}"}""";
    private static readonly byte[] s_contact = RandomNumberGenerator.GetBytes(100);

    public override Task<ConstantResponse> Constant(ConstantRequest request, ServerCallContext context) =>
        Task.FromResult(s_constant);

    public override async Task<InsertResponse> Insert(InsertRequest request, ServerCallContext context)
    {
        var id = Guid.CreateVersion7();
        var now = DateTime.UtcNow;
        var cancellationToken = context.CancellationToken;

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                new("""
                    INSERT INTO bench_complaints (id, agreement_id, subject, description, category, severity, status, received_at, clocks, encrypted_contact, version)
                    VALUES ($1, $2, $3, $4, 'network', 2, 1, $5, $6, $7, 1)
                    """)
                {
                    Parameters =
                    {
                        new() { Value = id },
                        new() { Value = Guid.NewGuid() },
                        new() { Value = s_subject },
                        new() { Value = s_description },
                        new() { Value = now },
                        new() { Value = s_clocks, NpgsqlDbType = NpgsqlDbType.Jsonb },
                        new() { Value = s_contact },
                    },
                },
                new("""
                    INSERT INTO bench_outbox (message_id, message_type, payload, created_at)
                    VALUES ($1, 'Platform.Contracts.Events.Complaints.ComplaintFiled', $2, $3)
                    """)
                {
                    Parameters =
                    {
                        new() { Value = Guid.NewGuid() },
                        new() { Value = s_payload, NpgsqlDbType = NpgsqlDbType.Jsonb },
                        new() { Value = now },
                    },
                },
            },
        };
        await batch.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new InsertResponse { Id = id.ToString() };
    }
}
