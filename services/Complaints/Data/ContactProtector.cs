using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Platform.Complaints.Domain;

namespace Platform.Complaints.Data;

/// <summary>
/// Seals customer contact details with AES-256-GCM before they are stored and opens them for the callers
/// allowed to see them. A sealed value reads <c>v1.{keyId}.{base64(nonce | tag | ciphertext)}</c>; the
/// complaint id is bound in as associated data, so a sealed value copied to another complaint does not open.
/// </summary>
public sealed class ContactProtector
{
    private const string Format = "v1";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly Dictionary<string, byte[]> _keys;
    private readonly string _activeKeyId;

    public ContactProtector(IOptions<ContactEncryptionOptions> options)
    {
        var settings = options.Value;
        // A key set to an empty value is removed, so an overlay (environment, secret) can drop a key of the base file.
        _keys = settings.Keys
            .Where(k => !string.IsNullOrEmpty(k.Value))
            .ToDictionary(k => k.Key, k => DecodeKey(k.Key, k.Value), StringComparer.Ordinal);
        if (!_keys.ContainsKey(settings.ActiveKeyId))
        {
            throw new InvalidOperationException(
                $"{ContactEncryptionOptions.Section}:ActiveKeyId '{settings.ActiveKeyId}' is not one of the configured keys ({string.Join(", ", _keys.Keys)}).");
        }

        _activeKeyId = settings.ActiveKeyId;
    }

    public string ActiveKeyId => _activeKeyId;

    public SealedContact Seal(Guid complaintId, CustomerContact contact)
    {
        var plaintext = JsonSerializer.SerializeToUtf8Bytes(contact);
        var sealedBytes = new byte[NonceSize + TagSize + plaintext.Length];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(_keys[_activeKeyId], TagSize))
        {
            aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), AssociatedData(complaintId));
        }

        CryptographicOperations.ZeroMemory(plaintext);
        return new SealedContact($"{Format}.{_activeKeyId}.{Convert.ToBase64String(sealedBytes)}");
    }

    public CustomerContact Open(Guid complaintId, SealedContact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var parts = contact.Value.Split('.');
        if (parts.Length != 3 || parts[0] != Format)
        {
            throw new CryptographicException($"The contact details of complaint {complaintId} are not in a sealed format this service reads.");
        }

        if (!_keys.TryGetValue(parts[1], out var key))
        {
            throw new CryptographicException($"The contact details of complaint {complaintId} were sealed with key '{parts[1]}', which is no longer configured.");
        }

        var sealedBytes = Convert.FromBase64String(parts[2]);
        var plaintext = new byte[sealedBytes.Length - NonceSize - TagSize];
        using (var aes = new AesGcm(key, TagSize))
        {
            aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), plaintext, AssociatedData(complaintId));
        }

        return JsonSerializer.Deserialize<CustomerContact>(plaintext)
            ?? throw new CryptographicException($"The contact details of complaint {complaintId} are empty.");
    }

    /// <summary>Whether a sealed value was sealed with a key other than the active one.</summary>
    public bool NeedsResealing(SealedContact contact) => !contact.Value.StartsWith($"{Format}.{_activeKeyId}.", StringComparison.Ordinal);

    private static byte[] AssociatedData(Guid complaintId) => Encoding.ASCII.GetBytes(complaintId.ToString("N"));

    private static byte[] DecodeKey(string id, string base64)
    {
        try
        {
            var key = Convert.FromBase64String(base64);
            return key.Length == 32 ? key : throw new FormatException();
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{ContactEncryptionOptions.Section}:Keys:{id} must be a 256-bit key in base64 (32 bytes).");
        }
    }
}
