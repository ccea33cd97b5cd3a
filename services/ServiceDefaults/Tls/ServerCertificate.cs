using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Platform.ServiceDefaults.Tls;

/// <summary>Loads the certificate <see cref="TlsOptions"/> names, failing with a message that names the setting to fix.</summary>
internal static class ServerCertificate
{
    public static X509Certificate2 Load(TlsOptions options, string contentRoot)
    {
        if (string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            throw new InvalidOperationException(
                "Tls:KeyPath is set but Tls:CertificatePath is not: set both (PEM certificate and key) or only Tls:CertificatePath (a PKCS#12 file).");
        }

        var certificatePath = Existing(contentRoot, options.CertificatePath, "Tls:CertificatePath");
        var keyPath = string.IsNullOrWhiteSpace(options.KeyPath) ? null : Existing(contentRoot, options.KeyPath, "Tls:KeyPath");
        X509Certificate2 certificate;
        try
        {
            certificate = keyPath is null
                ? X509CertificateLoader.LoadPkcs12FromFile(certificatePath, options.CertificatePassword)
                : LoadPem(certificatePath, keyPath, options.CertificatePassword);
        }
        catch (Exception ex) when (ex is CryptographicException or ArgumentException)
        {
            var what = keyPath is null
                ? $"Tls:CertificatePath '{certificatePath}' could not be loaded as a PKCS#12 file (for a PEM certificate, set Tls:KeyPath too)"
                : $"Tls:CertificatePath '{certificatePath}' and Tls:KeyPath '{keyPath}' could not be loaded as a PEM certificate and its private key";
            throw new InvalidOperationException($"{what}: {ex.Message}", ex);
        }

        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new InvalidOperationException($"Tls:CertificatePath '{certificatePath}' holds no private key: a server certificate needs one.");
        }

        return certificate;
    }

    private static X509Certificate2 LoadPem(string certificatePath, string keyPath, string? password)
    {
        var certificate = string.IsNullOrEmpty(password)
            ? X509Certificate2.CreateFromPemFile(certificatePath, keyPath)
            : X509Certificate2.CreateFromEncryptedPemFile(certificatePath, password, keyPath);
        if (!OperatingSystem.IsWindows())
        {
            return certificate;
        }

        // SChannel cannot use the ephemeral key of a PEM-loaded certificate; a PKCS#12 round trip keeps it
        // (as Kestrel's own certificate loader does).
        using (certificate)
        {
            return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), password: null);
        }
    }

    private static string Existing(string contentRoot, string path, string setting)
    {
        var fullPath = Path.GetFullPath(path, contentRoot);
        return File.Exists(fullPath)
            ? fullPath
            : throw new InvalidOperationException($"{setting} '{fullPath}' does not exist (without any Tls:* setting, gRPC is served without TLS).");
    }
}
