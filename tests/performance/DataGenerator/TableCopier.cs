using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Platform.DataGenerator;

/// <summary>
/// Writes entities the way a service's DbContext would insert them, but with binary COPY: the entities are
/// added to the context's change tracker (so owned types, complex properties, shadow keys, value converters and
/// JSON columns are the service's own), their column values are read from it, and each table gets one COPY.
/// </summary>
internal sealed class TableCopier(DbContext db, NpgsqlDataSource dataSource)
{
    private int _pending;

    /// <summary>Entities added since the last flush.</summary>
    public int Pending => _pending;

    /// <summary>Rows written per table since this copier was made.</summary>
    public Dictionary<string, long> Written { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds an entity (and what it owns) to be written; <paramref name="adjust"/> sets shadow properties.</summary>
    public void Add(object entity, Action<EntityEntry>? adjust = null)
    {
        var entry = db.Add(entity);
        adjust?.Invoke(entry);
        _pending++;
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_pending == 0)
        {
            return;
        }

        var rows = new Dictionary<string, Dictionary<string, Dictionary<string, object?>>>(StringComparer.Ordinal);
        foreach (var entry in db.ChangeTracker.Entries())
        {
            var entityType = entry.Metadata;
            var table = entityType.GetTableName() ?? throw new InvalidOperationException($"{entityType.DisplayName()} is not mapped to a table.");
            var store = StoreObjectIdentifier.Table(table, entityType.GetSchema());
            var key = string.Join('|', entityType.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));
            if (!rows.TryGetValue(table, out var tableRows))
            {
                rows[table] = tableRows = new Dictionary<string, Dictionary<string, object?>>(StringComparer.Ordinal);
            }

            // Owned types split into the owner's table share its key: their columns join the owner's row.
            if (!tableRows.TryGetValue(key, out var row))
            {
                tableRows[key] = row = new Dictionary<string, object?>(StringComparer.Ordinal);
            }

            foreach (var property in entityType.GetProperties())
            {
                Put(row, property, store, entry.Property(property.Name).CurrentValue);
            }

            foreach (var complex in entityType.GetComplexProperties())
            {
                var complexEntry = entry.ComplexProperty(complex.Name);
                foreach (var property in complex.ComplexType.GetProperties())
                {
                    Put(row, property, store, complexEntry.Property(property.Name).CurrentValue);
                }
            }
        }

        db.ChangeTracker.Clear();
        _pending = 0;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        foreach (var (table, tableRows) in rows)
        {
            await CopyAsync(connection, table, tableRows.Values, cancellationToken);
        }
    }

    private static void Put(Dictionary<string, object?> row, IProperty property, StoreObjectIdentifier store, object? value)
    {
        if (property.GetColumnName(store) is not { } column)
        {
            return;
        }

        var converter = property.GetTypeMapping().Converter;
        row[column] = value is null ? null : converter is null ? value : converter.ConvertToProvider(value);
    }

    private async Task CopyAsync(NpgsqlConnection connection, string table, IEnumerable<Dictionary<string, object?>> tableRows, CancellationToken cancellationToken)
    {
        var columns = db.Model.GetRelationalModel().FindTable(table, null)?.Columns.ToList()
            ?? throw new InvalidOperationException($"Table {table} is not in the model.");
        var names = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
        var types = columns.Select(c => BaseType(c.StoreType)).ToList();
        long count = 0;
        await using (var importer = await connection.BeginBinaryImportAsync($"COPY \"{table}\" ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var row in tableRows)
            {
                await importer.StartRowAsync(cancellationToken);
                for (var i = 0; i < columns.Count; i++)
                {
                    if (row.GetValueOrDefault(columns[i].Name) is { } value)
                    {
                        await importer.WriteAsync(value, types[i], cancellationToken);
                    }
                    else
                    {
                        await importer.WriteNullAsync(cancellationToken);
                    }
                }

                count++;
            }

            await importer.CompleteAsync(cancellationToken);
        }

        Written[table] = Written.GetValueOrDefault(table) + count;
    }

    /// <summary>"character varying(32)" → "character varying": the type without its modifiers, as Npgsql names it.</summary>
    private static string BaseType(string storeType) =>
        storeType.IndexOf('(', StringComparison.Ordinal) is var open and > 0 ? storeType[..open].Trim() : storeType;
}
