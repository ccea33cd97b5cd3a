using System.Collections;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Health.V1;
using Npgsql;
using Platform.IntegrationTests.Infrastructure;
using Enum = System.Enum;

namespace Platform.IntegrationTests.Services;

/// <summary>
/// Every RPC of every service gets malformed, oversized, boundary and hostile values (SQL and script text,
/// control characters, very long strings, negative and huge numbers, unknown enum values, timestamps and
/// durations out of range, huge lists) in every field at once. Each call must end in a clear answer (an
/// error a client can act on, or a correct result), a refused call must store nothing, and the service must
/// stay up.
/// </summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class HostileInputTests(IsolatedServices services) : IClassFixture<IsolatedServices>
{

    /// <summary>Answers a client can act on; INTERNAL, UNKNOWN or UNAVAILABLE would mean the input got somewhere it should not.</summary>
    private static readonly HashSet<StatusCode> s_clearAnswers =
    [
        StatusCode.OK, StatusCode.InvalidArgument, StatusCode.NotFound, StatusCode.FailedPrecondition,
        StatusCode.AlreadyExists, StatusCode.Aborted, StatusCode.OutOfRange, StatusCode.ResourceExhausted,
    ];

    /// <summary>Each profile fills every field of a request (nested ones too) with one kind of hostile value.</summary>
    private static readonly Profile[] s_profiles =
    [
        new("sql", "x'); DROP TABLE agreements; --", -1, 999, new Timestamp { Seconds = -62_135_596_801 }, new Duration { Seconds = -1 }, 3),
        new("script", "<script>alert(document.cookie)</script>", int.MaxValue, -7, new Timestamp { Seconds = 253_402_300_800 }, new Duration { Seconds = 315_576_000_001 }, 3),
        new("control characters", "\u0000\u0007\u001b[2J\r\n\t\u202e", 0, 0, new Timestamp { Seconds = 1, Nanos = -1 }, new Duration { Seconds = 1, Nanos = -5 }, 1),
        new("very long", new string('x', 20_000), int.MinValue, int.MaxValue, new Timestamp { Seconds = long.MaxValue }, new Duration { Seconds = long.MinValue }, 20),
        new("huge lists", "a", 2, 1, Timestamp.FromDateTime(DateTime.UtcNow), Duration.FromTimeSpan(TimeSpan.FromSeconds(1)), 10_000),
        new("boundary ids", "00000000-0000-0000-0000-000000000000", 1, 1, Timestamp.FromDateTime(DateTime.UtcNow.AddDays(-1)), Duration.FromTimeSpan(TimeSpan.FromDays(3650)), 2),
    ];

    public static TheoryData<string, string> Rpcs => PlatformApis.Rpcs();

    [Theory]
    [MemberData(nameof(Rpcs))]
    public async Task Hostile_values_in_every_field_get_a_clear_answer_store_nothing_when_refused_and_leave_the_service_up(string service, string rpc)
    {
        var method = PlatformApis.Method(service, rpc);
        var requests = s_profiles.Select(p => (p.Name, Request: Fill(method.InputType, p, depth: 0)))
            .Append(("empty", (IMessage)Activator.CreateInstance(method.InputType.ClrType)!))
            .Append(("2 MiB in one field", Oversized(method.InputType)));

        foreach (var (profile, request) in requests)
        {
            var before = await StoredRowsAsync(service);
            var status = await CallAsync(service, method, request);

            Assert.True(s_clearAnswers.Contains(status.StatusCode), $"{rpc} with {profile}: {status.StatusCode} {status.Detail}");
            if (status.StatusCode != StatusCode.OK)
            {
                Assert.True(before == await StoredRowsAsync(service), $"{rpc} with {profile} was refused ({status.StatusCode}) but stored something");
            }
        }

        using var channel = services.Channel(service, string.Empty);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, (await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest())).Status);
    }

    [Theory]
    [MemberData(nameof(Rpcs))]
    public async Task An_unknown_enum_value_is_refused_as_INVALID_ARGUMENT_naming_the_field(string service, string rpc)
    {
        var method = PlatformApis.Method(service, rpc);

        foreach (var field in method.InputType.Fields.InDeclarationOrder().Where(f => f.FieldType == FieldType.Enum && !f.IsRepeated))
        {
            var request = (IMessage)Activator.CreateInstance(method.InputType.ClrType)!;
            field.Accessor.SetValue(request, Enum.ToObject(field.EnumType.ClrType, 999));

            var status = await CallAsync(service, method, request);

            Assert.True(status.StatusCode == StatusCode.InvalidArgument, $"{rpc} with {field.Name} = 999: {status.StatusCode} {status.Detail}");
        }
    }

    private Task<Status> CallAsync(string service, MethodDescriptor method, IMessage request) =>
        services.CallAsync(service, $"/{method.Service.FullName}/{method.Name}", TestIdentity.Everything, request.ToByteArray(), TimeSpan.FromSeconds(60));

    /// <summary>
    /// Rows in the service's own tables, the audit trail (which records refusals) and the messaging
    /// machinery's bookkeeping aside: what a refused call must not have changed.
    /// </summary>
    private async Task<string> StoredRowsAsync(string service)
    {
        await using var connection = new NpgsqlConnection(services.Database(service));
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            """
            SELECT table_name FROM information_schema.tables
            WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
              AND table_name NOT IN ('audit_records', 'outbox_messages', 'inbox_messages', '__EFMigrationsHistory')
            ORDER BY table_name
            """,
            connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = string.Join(" UNION ALL ", tables.Select(t => $"SELECT '{t}' || ':' || count(*) FROM \"{t}\""));
        await using var count = new NpgsqlCommand(counts, connection);
        var rows = new List<string>();
        await using (var reader = await count.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows.Add(reader.GetString(0));
            }
        }

        return string.Join(", ", rows);
    }

    private static IMessage Fill(MessageDescriptor descriptor, Profile profile, int depth)
    {
        var message = (IMessage)Activator.CreateInstance(descriptor.ClrType)!;
        if (descriptor.FullName == Timestamp.Descriptor.FullName)
        {
            return profile.Timestamp.Clone();
        }

        if (descriptor.FullName == Duration.Descriptor.FullName)
        {
            return profile.Duration.Clone();
        }

        foreach (var field in descriptor.Fields.InDeclarationOrder())
        {
            if (field.IsMap || (field.FieldType == FieldType.Message && depth >= 3))
            {
                continue;
            }

            if (field.IsRepeated)
            {
                var list = (IList)field.Accessor.GetValue(message);
                var count = field.FieldType == FieldType.Message ? Math.Min(profile.ListLength, 200) : profile.ListLength;
                for (var i = 0; i < count; i++)
                {
                    list.Add(Value(field, profile, depth));
                }
            }
            else
            {
                field.Accessor.SetValue(message, Value(field, profile, depth));
            }
        }

        return message;
    }

    private static object Value(FieldDescriptor field, Profile profile, int depth) => field.FieldType switch
    {
        FieldType.String => profile.Text,
        FieldType.Bytes => ByteString.CopyFromUtf8(profile.Text),
        FieldType.Bool => true,
        FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => profile.Number,
        FieldType.UInt32 or FieldType.Fixed32 => unchecked((uint)profile.Number),
        FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => profile.Number < 0 ? long.MinValue : (long)profile.Number * 1_000_000,
        FieldType.UInt64 or FieldType.Fixed64 => ulong.MaxValue,
        FieldType.Double => profile.Number < 0 ? double.NaN : double.PositiveInfinity,
        FieldType.Float => profile.Number < 0 ? float.NaN : float.NegativeInfinity,
        FieldType.Enum => Enum.ToObject(field.EnumType.ClrType, profile.EnumValue),
        FieldType.Message => Fill(field.MessageType, profile, depth + 1),
        _ => throw new NotSupportedException($"{field.FullName}: {field.FieldType}"),
    };

    /// <summary>A request whose first text field holds 2 MiB: over the 1 MiB every service accepts.</summary>
    private static IMessage Oversized(MessageDescriptor descriptor)
    {
        var message = (IMessage)Activator.CreateInstance(descriptor.ClrType)!;
        var text = descriptor.Fields.InDeclarationOrder().FirstOrDefault(f => f.FieldType == FieldType.String && !f.IsRepeated);
        var huge = new string('z', 2 * 1024 * 1024);
        if (text is not null)
        {
            text.Accessor.SetValue(message, huge);
        }
        else
        {
            // No text field: unknown field 999 still counts towards the message size.
            message.MergeFrom(new UnknownTextField(huge).ToByteArray());
        }

        return message;
    }

    private sealed record Profile(string Name, string Text, int Number, int EnumValue, Timestamp Timestamp, Duration Duration, int ListLength);

    /// <summary>Wire bytes of field 999 (length-delimited) holding a string, for messages without a text field.</summary>
    private sealed class UnknownTextField(string text)
    {
        public byte[] ToByteArray()
        {
            using var stream = new MemoryStream();
            var output = new CodedOutputStream(stream);
            output.WriteTag(999, WireFormat.WireType.LengthDelimited);
            output.WriteString(text);
            output.Flush();
            return stream.ToArray();
        }
    }
}
