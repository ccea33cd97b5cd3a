using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.ServiceDefaults.Data;

/// <summary>
/// Stores an immutable value (terms, a scope, a list) as one jsonb column. Values are replaced, never
/// mutated, so a change is a new reference: the comparer compares references and snapshots by reference.
/// </summary>
public static class JsonColumn
{
    private static readonly JsonSerializerOptions s_options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new ServiceCalendarJsonConverter() },
    };

    public static PropertyBuilder<T> AsJson<T>(this PropertyBuilder<T> property)
    {
        property
            .HasConversion(
                value => JsonSerializer.Serialize(value, s_options),
                json => JsonSerializer.Deserialize<T>(json, s_options)!)
            .HasColumnType("jsonb")
            .Metadata.SetValueComparer(new ValueComparer<T>(
                (left, right) => ReferenceEquals(left, right),
                value => value == null ? 0 : RuntimeHelpers.GetHashCode(value),
                value => value));
        return property;
    }
}
