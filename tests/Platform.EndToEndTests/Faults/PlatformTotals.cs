using Npgsql;
using Platform.Contracts.Agreements.V1;
using Platform.Contracts.Assurance.V1;
using Platform.Contracts.Complaints.V1;
using Platform.EndToEndTests.Flows;
using Platform.EndToEndTests.Infrastructure;

namespace Platform.EndToEndTests.Faults;

/// <summary>What a test that disturbs the platform reconciles afterwards: what is stored, and what is still unsent.</summary>
internal sealed class PlatformTotals(RunningPlatform platform)
{
    private static readonly string[] Contexts = ["Agreements", "Complaints", "Assurance", "Disputes"];

    /// <summary>
    /// Fails while any service's outbox holds an unsent row, naming each one and what its database is doing
    /// (a relay that holds its lock, a transaction left open), so a failure says which message stayed and why.
    /// </summary>
    public async Task AssertEveryOutboxRowSentAsync()
    {
        var report = new System.Text.StringBuilder();
        foreach (var context in Contexts)
        {
            await using var connection = new NpgsqlConnection(platform.DatabaseConnectionString(context));
            await connection.OpenAsync();
            var unsent = await RowsAsync(connection, """
                SELECT id, message_type, ordering_key, created_at, attempts, retry_after, last_error
                FROM outbox_messages WHERE sent_at IS NULL ORDER BY id LIMIT 20
                """);
            if (unsent.Count == 0)
            {
                continue;
            }

            report.AppendLine($"{context}: unsent outbox rows (first 20), now {DateTimeOffset.UtcNow:O}:");
            unsent.ForEach(row => report.AppendLine("  " + row));
            report.AppendLine($"{context}: sessions of its database:");
            (await RowsAsync(connection, """
                SELECT a.pid, a.state, a.xact_start, a.wait_event_type, a.wait_event, left(a.query, 120),
                       (SELECT string_agg(l.locktype || ':' || l.mode || ':' || l.granted, ',') FROM pg_locks l WHERE l.pid = a.pid AND l.locktype = 'advisory')
                FROM pg_stat_activity a WHERE a.datname = current_database() AND a.pid <> pg_backend_pid()
                """)).ForEach(row => report.AppendLine("  " + row));
        }

        Assert.True(report.Length == 0, "Every outbox row sent; not yet:\n" + report);
    }

    private static async Task<List<string>> RowsAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }

    public Task<List<Complaint>> AllComplaintsAsync(string agreementId) =>
        AllPagesAsync<Complaint>(async token =>
        {
            var page = await platform.Complaints.ListComplaintsAsync(new ListComplaintsRequest { AgreementId = agreementId, PageSize = 100, PageToken = token });
            return (page.Complaints, page.NextPageToken);
        });

    public Task<List<Interruption>> AllInterruptionsAsync(string promisorId = Requests.PromisorId) =>
        AllPagesAsync<Interruption>(async token =>
        {
            var page = await platform.Interruptions.ListInterruptionsAsync(new ListInterruptionsRequest { PromisorId = promisorId, PageSize = 200, PageToken = token });
            return (page.Interruptions, page.NextPageToken);
        });

    public async Task<List<Breach>> FirstResponseBreachesAsync(string agreementId) =>
        (await AllPagesAsync<Breach>(async token =>
        {
            var page = await platform.Agreements.ListBreachesAsync(new ListBreachesRequest { AgreementId = agreementId, PageSize = 100, PageToken = token });
            return (page.Breaches, page.NextPageToken);
        })).Where(b => b.Clause == "2.3.1").ToList();

    /// <summary>Every item of a paged listing, following next_page_token to the end.</summary>
    private static async Task<List<T>> AllPagesAsync<T>(Func<string, Task<(IEnumerable<T> Items, string NextPageToken)>> page)
    {
        var all = new List<T>();
        var token = string.Empty;
        do
        {
            var (items, next) = await page(token);
            all.AddRange(items);
            token = next;
        }
        while (token.Length > 0);
        return all;
    }
}
