using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SnowChatOps.TestSupport.Certificates;

/// <summary>
/// A self-signed RSA certificate written as a PFX (no password) under a temp folder that is deleted on dispose:
/// what <c>Secrets:KeyRingCertificatePath</c> points at when a test runs the bot outside Development.
/// </summary>
public sealed class KeyRingCertificate : IDisposable
{
    private readonly string folder;

    private KeyRingCertificate(string folder, string path, string thumbprint, byte[] rawData)
    {
        this.folder = folder;
        Path = path;
        Thumbprint = thumbprint;
        RawData = rawData;
    }

    /// <summary>The PFX file.</summary>
    public string Path { get; }

    /// <summary>The certificate's SHA-1 thumbprint (hex).</summary>
    public string Thumbprint { get; }

    /// <summary>The DER-encoded certificate (public part), as XML Encryption embeds it.</summary>
    public byte[] RawData { get; }

    /// <summary>Creates a fresh certificate named <paramref name="name"/>.</summary>
    public static KeyRingCertificate Create(string name = "snowchatops-keyring-test")
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: false));
        var now = TimeProvider.System.GetUtcNow();
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
        var folder = Directory.CreateTempSubdirectory("snowchatops-cert-").FullName;
        var path = System.IO.Path.Combine(folder, name + ".pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12));
        return new KeyRingCertificate(folder, path, certificate.Thumbprint, certificate.RawData);
    }

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(folder, recursive: true);
}
