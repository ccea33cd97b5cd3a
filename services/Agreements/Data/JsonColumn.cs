using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Agreements.Data;

/// <summary>
/// Stores an immutable value (terms, a scope, a list of subsidiaries) as one jsonb column. Values are
/// replaced, never mutated, so change tracking by reference and value equality is enough.
/// </summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions s_options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new ServiceCalendarJsonConverter() },
    };

    public static PropertyBuilder<T> AsJson<T>(this PropertyBuilder<T> property) =>
        property
            .HasConversion(
                value => JsonSerializer.Serialize(value, s_options),
                json => JsonSerializer.Deserialize<T>(json, s_options)!)
            .HasColumnType("jsonb");
}
