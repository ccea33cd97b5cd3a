using Npgsql;

namespace Platform.DataGenerator;

/// <summary>
/// Finds and deletes what the generator wrote. Its agreements carry <see cref="Marker"/> as their create-request
/// fingerprint and numbers from <see cref="AgreementFactory.FirstSequence"/> up; its complaints carry it as their
/// request fingerprint. Nothing else is touched.
/// </summary>
internal static class GeneratedData
{
    /// <summary>The request fingerprint of everything generated (a real fingerprint is a 64-character hash).</summary>
    public const string Marker = "scale-generator";

    /// <summary>Agreement numbers of the generator: CXQ-yyyy-9nnnnn.</summary>
    private const string NumberPattern = @"^CXQ-\d{4}-9\d{5}$";

    public static async Task<(long Agreements, long KnownAgreements, long Complaints)> CountAsync(
        NpgsqlDataSource agreements, NpgsqlDataSource complaints, CancellationToken cancellationToken)
    {
        var agreementCount = await ScalarAsync(agreements, "SELECT count(*) FROM agreements WHERE create_request_fingerprint = $1", cancellationToken);
        var knownCount = await ScalarAsync(complaints, $"SELECT count(*) FROM known_agreements WHERE number ~ '{NumberPattern}' AND $1 <> ''", cancellationToken);
        var complaintCount = await ScalarAsync(complaints, "SELECT count(*) FROM complaints WHERE request_fingerprint = $1", cancellationToken);
        return (agreementCount, knownCount, complaintCount);
    }

    public static async Task DeleteAsync(NpgsqlDataSource agreements, NpgsqlDataSource complaints, Action<string> log, CancellationToken cancellationToken)
    {
        await ExecuteAsync(complaints, log, cancellationToken,
            "DELETE FROM deadlines d USING complaints c WHERE d.kind IN ('complaint.clocks', 'complaint.auto_close') AND d.key = c.id::text AND c.request_fingerprint = $1",
            $"DELETE FROM deadlines d USING known_agreements k WHERE d.kind = 'complaint.resolution_period' AND k.number ~ '{NumberPattern}' AND split_part(d.key, '/', 1) = k.agreement_id::text AND $1 <> ''",
            "DELETE FROM complaints WHERE request_fingerprint = $1",
            $"DELETE FROM known_agreement_terms t USING known_agreements k WHERE t.agreement_id = k.agreement_id AND k.number ~ '{NumberPattern}' AND $1 <> ''",
            $"DELETE FROM known_agreements WHERE number ~ '{NumberPattern}' AND $1 <> ''");
        await ExecuteAsync(agreements, log, cancellationToken,
            "DELETE FROM breaches b USING agreements a WHERE b.agreement_id = a.id AND a.create_request_fingerprint = $1",
            "DELETE FROM resolution_periods p USING agreements a WHERE p.agreement_id = a.id AND a.create_request_fingerprint = $1",
            "DELETE FROM agreement_terms_versions v USING agreements a WHERE v.agreement_id = a.id AND a.create_request_fingerprint = $1",
            "DELETE FROM agreements WHERE create_request_fingerprint = $1");
    }

    private static async Task<long> ScalarAsync(NpgsqlDataSource dataSource, string sql, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = Marker });
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task ExecuteAsync(NpgsqlDataSource dataSource, Action<string> log, CancellationToken cancellationToken, params string[] statements)
    {
        foreach (var sql in statements)
        {
            await using var command = dataSource.CreateCommand(sql);
            command.CommandTimeout = 0;
            command.Parameters.Add(new NpgsqlParameter { Value = Marker });
            var rows = await command.ExecuteNonQueryAsync(cancellationToken);
            log($"{rows,9:N0} rows: {sql[..sql.IndexOf(" WHERE", StringComparison.Ordinal)]}");
        }
    }
}
