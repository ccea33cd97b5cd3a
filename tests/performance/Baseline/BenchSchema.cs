using Npgsql;

namespace Platform.Bench;

/// <summary>Creates the baseline tables from the schema file pgbench uses too (embedded), if missing.</summary>
internal static class BenchSchema
{
    public static async Task EnsureCreatedAsync(NpgsqlDataSource dataSource)
    {
        await using var stream = typeof(BenchSchema).Assembly.GetManifestResourceStream("schema.sql")
            ?? throw new InvalidOperationException("schema.sql is not embedded.");
        using var reader = new StreamReader(stream);
        await using var command = dataSource.CreateCommand(await reader.ReadToEndAsync());
        await command.ExecuteNonQueryAsync();
    }
}
