using Microsoft.EntityFrameworkCore;

namespace Platform.ServiceDefaults.Metrics;

/// <summary>Runs one aggregate query for a gauge: rows of text keys and a count, the count last.</summary>
public static class DatabaseCounts
{
    /// <summary>
    /// Each row's leading text columns (null as empty) and its final bigint count. Plain ADO.NET: ad-hoc row types
    /// of EF Core's <c>SqlQuery</c> would not follow the snake_case naming of the model.
    /// </summary>
    public static async Task<IReadOnlyList<(string[] Keys, long Count)>> ReadAsync(DbContext db, string sql, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<(string[], long)>();
            while (await reader.ReadAsync(cancellationToken))
            {
                var keys = new string[reader.FieldCount - 1];
                for (var i = 0; i < keys.Length; i++)
                {
                    keys[i] = await reader.IsDBNullAsync(i, cancellationToken) ? string.Empty : reader.GetString(i);
                }

                rows.Add((keys, reader.GetInt64(keys.Length)));
            }

            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
