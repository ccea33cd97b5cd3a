namespace Platform.ServiceDefaults.Tls;

/// <summary>
/// The gRPC port's server certificate (configuration section <c>Tls</c>, env <c>Tls__CertificatePath</c> and so
/// on). Unset, the port serves cleartext HTTP/2 (h2c), for a proxy or mesh that terminates TLS in front of it.
/// With <see cref="KeyPath"/>, <see cref="CertificatePath"/> is a PEM certificate (its chain may follow it) and
/// <see cref="KeyPath"/> its PEM private key; without, <see cref="CertificatePath"/> is a PKCS#12 (.pfx) file
/// holding the key. Relative paths are taken from the content root.
/// </summary>
public sealed class TlsOptions
{
    public const string Section = "Tls";

    /// <summary>The PEM certificate, or the PKCS#12 file when <see cref="KeyPath"/> is unset.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The PEM private key (PKCS#8, or PKCS#8 encrypted with <see cref="CertificatePassword"/>).</summary>
    public string? KeyPath { get; set; }

    /// <summary>The PKCS#12 file's password, or the encrypted PEM key's.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>Whether any path is set: then the certificate must load, or the service does not start.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(CertificatePath) || !string.IsNullOrWhiteSpace(KeyPath);
}
