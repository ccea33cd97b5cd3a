using Npgsql;

namespace Platform.IntegrationTests.Services.Assurance.Surveys;

/// <summary>Reads the deadline rows Assurance keeps, to see a check cancelled without waiting for its time.</summary>
internal static class StoredDeadlines
{
    /// <summary>The status ("Pending", "Fired", "Cancelled") of the deadline <paramref name="kind"/>/<paramref name="key"/>, or null.</summary>
    public static async Task<string?> StatusAsync(AssuranceFixture assurance, string kind, string key)
    {
        await using var connection = new NpgsqlConnection(assurance.Environment.ConnectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand("SELECT status FROM deadlines WHERE kind = @kind AND key = @key", connection);
        query.Parameters.AddWithValue("kind", kind);
        query.Parameters.AddWithValue("key", key);
        return (string?)await query.ExecuteScalarAsync();
    }
}
