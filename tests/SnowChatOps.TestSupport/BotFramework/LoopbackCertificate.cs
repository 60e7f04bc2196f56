using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SnowChatOps.TestSupport.BotFramework;

/// <summary>
/// A throwaway self-signed certificate for 127.0.0.1, written as PEM to a temp file. Bot Framework fetches its OpenID
/// metadata with a static HttpClient and MSAL requires an https authority, so the stand-ins must speak TLS; a process
/// started with <c>SSL_CERT_FILE</c> = <see cref="PemPath"/> trusts them (and only them), without touching any trust store.
/// </summary>
public sealed class LoopbackCertificate : IDisposable
{
    private LoopbackCertificate(X509Certificate2 certificate, string pemPath)
    {
        Certificate = certificate;
        PemPath = pemPath;
    }

    /// <summary>The certificate with its private key, for Kestrel.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>The certificate alone, PEM, in a file of its own.</summary>
    public string PemPath { get; }

    /// <summary>Creates the certificate (valid one day around <paramref name="now"/>) and its PEM file.</summary>
    public static LoopbackCertificate Create(DateTimeOffset now)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=SnowChatOps loopback test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var created = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(1));
        var certificate = X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
        var pemPath = Path.Combine(Path.GetTempPath(), $"snowchatops-loopback-{Guid.NewGuid():N}.pem");
        File.WriteAllText(pemPath, created.ExportCertificatePem());
        return new LoopbackCertificate(certificate, pemPath);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        File.Delete(PemPath);
        Certificate.Dispose();
    }
}
