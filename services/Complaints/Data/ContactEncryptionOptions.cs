namespace Platform.Complaints.Data;

/// <summary>
/// Keys that seal customer contact details at rest (configuration section <c>Complaints:ContactEncryption</c>).
/// New details are sealed with <see cref="ActiveKeyId"/>; every key listed can still open what it sealed, so
/// a key is rotated by adding a new one, making it active, and removing the old one once
/// <see cref="ContactResealer"/> has resealed every row.
/// </summary>
public sealed class ContactEncryptionOptions
{
    public const string Section = "Complaints:ContactEncryption";

    /// <summary>Id of the key new details are sealed with.</summary>
    public string ActiveKeyId { get; set; } = string.Empty;

    /// <summary>Key id → 256-bit key, base64. Ids are short names (letters, digits, '-', '_').</summary>
    public Dictionary<string, string> Keys { get; set; } = [];
}
