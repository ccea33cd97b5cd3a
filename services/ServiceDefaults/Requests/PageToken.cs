using System.Buffers.Binary;
using System.Buffers.Text;
using Platform.SharedKernel;

namespace Platform.ServiceDefaults.Requests;

/// <summary>
/// Keyset page tokens: the last id of a page. Ids are time-ordered (UUIDv7), so newest-first pages stay
/// stable while new rows arrive.
/// </summary>
public static class PageToken
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>The page size to use: <see cref="DefaultPageSize"/> when 0, at most <paramref name="max"/>.</summary>
    public static int Size(int requested, int max = MaxPageSize) => RequestFields.Limit(requested, "page_size", DefaultPageSize, max);

    public static string Encode(Guid lastId) => Base64Url.EncodeToString(lastId.ToByteArray(bigEndian: true));

    /// <summary>A token for a position that is a sequence number rather than an id.</summary>
    public static string Encode(long lastSequence)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(bytes, lastSequence);
        return Base64Url.EncodeToString(bytes);
    }

    public static Guid Decode(string token) => new(DecodeBytes(token, 16), bigEndian: true);

    /// <summary>A token for a listing ordered by a time, then by id: the last row's time and id.</summary>
    public static string Encode(DateTimeOffset lastAt, Guid lastId)
    {
        Span<byte> bytes = stackalloc byte[24];
        BinaryPrimitives.WriteInt64BigEndian(bytes, lastAt.UtcTicks);
        lastId.TryWriteBytes(bytes[8..], bigEndian: true, out _);
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>Reads a token made by <see cref="Encode(DateTimeOffset, Guid)"/>.</summary>
    public static (DateTimeOffset At, Guid Id) DecodePosition(string token)
    {
        var bytes = DecodeBytes(token, 24);
        var ticks = BinaryPrimitives.ReadInt64BigEndian(bytes);
        if (ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            throw RuleViolationException.Invalid("page_token", "page_token is not one this service issued; start again without it.");
        }

        return (new DateTimeOffset(ticks, TimeSpan.Zero), new Guid(bytes.AsSpan(8), bigEndian: true));
    }

    /// <summary>Reads a token made by <see cref="Encode(long)"/>.</summary>
    public static long DecodeSequence(string token) => BinaryPrimitives.ReadInt64BigEndian(DecodeBytes(token, 8));

    private static byte[] DecodeBytes(string token, int length)
    {
        try
        {
            var bytes = Base64Url.DecodeFromChars(token);
            return bytes.Length == length ? bytes : throw new FormatException();
        }
        catch (FormatException)
        {
            throw RuleViolationException.Invalid("page_token", "page_token is not one this service issued; start again without it.");
        }
    }

    /// <summary>Cuts the extra row fetched to learn whether another page follows, and makes the token.</summary>
    public static (IReadOnlyList<T> Items, string NextPageToken) Page<T>(List<T> fetched, int pageSize, Func<T, Guid> id) =>
        Page(fetched, pageSize, last => Encode(id(last)));

    /// <summary>As <see cref="Page{T}(List{T}, int, Func{T, Guid})"/>, with the token made from the page's last row by <paramref name="token"/>.</summary>
    public static (IReadOnlyList<T> Items, string NextPageToken) Page<T>(List<T> fetched, int pageSize, Func<T, string> token)
    {
        if (fetched.Count <= pageSize)
        {
            return (fetched, string.Empty);
        }

        fetched.RemoveAt(fetched.Count - 1);
        return (fetched, token(fetched[^1]));
    }
}
