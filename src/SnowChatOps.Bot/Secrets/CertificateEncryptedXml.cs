using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;

namespace SnowChatOps.Bot.Secrets;

/// <summary>
/// XML Encryption whose session keys were encrypted to an X.509 certificate: finds, among the certificates we hold,
/// the one the encrypted key names (by thumbprint) and decrypts the session key with its RSA private key.
/// </summary>
internal sealed class CertificateEncryptedXml(XmlDocument document, IReadOnlyList<X509Certificate2> certificates) : EncryptedXml(document)
{
    public override byte[]? DecryptEncryptedKey(EncryptedKey encryptedKey)
    {
        var named = encryptedKey.KeyInfo.OfType<KeyInfoX509Data>()
            .SelectMany(data => data.Certificates?.OfType<X509Certificate2>() ?? [])
            .Select(c => c.Thumbprint)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var useOaep = encryptedKey.EncryptionMethod?.KeyAlgorithm == XmlEncRSAOAEPUrl;
        foreach (var certificate in certificates.Where(c => named.Contains(c.Thumbprint)))
        {
            using var key = certificate.GetRSAPrivateKey();
            if (key is not null && encryptedKey.CipherData.CipherValue is { } cipher)
            {
                return DecryptKey(cipher, key, useOaep);
            }
        }

        throw new CryptographicException("The key ring key was encrypted to a certificate this instance does not have.");
    }
}
