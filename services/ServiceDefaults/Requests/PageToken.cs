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

    public static int Size(int requested) => requested switch
    {
        < 0 => throw RuleViolationException.Invalid("page_size", "page_size must not be negative."),
        0 => DefaultPageSize,
        _ => Math.Min(requested, MaxPageSize),
    };

    public static string Encode(Guid lastId) => Base64Url.EncodeToString(lastId.ToByteArray(bigEndian: true));

    public static Guid Decode(string token)
    {
        try
        {
            var bytes = Base64Url.DecodeFromChars(token);
            return bytes.Length == 16 ? new Guid(bytes, bigEndian: true) : throw new FormatException();
        }
        catch (FormatException)
        {
            throw RuleViolationException.Invalid("page_token", "page_token is not one this service issued; start again without it.");
        }
    }

    /// <summary>Cuts the extra row fetched to learn whether another page follows, and makes the token.</summary>
    public static (IReadOnlyList<T> Items, string NextPageToken) Page<T>(List<T> fetched, int pageSize, Func<T, Guid> id)
    {
        if (fetched.Count <= pageSize)
        {
            return (fetched, string.Empty);
        }

        fetched.RemoveAt(fetched.Count - 1);
        return (fetched, Encode(id(fetched[^1])));
    }
}
