using System.Security.Cryptography.Xml;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace SnowChatOps.Bot.Secrets;

/// <summary>
/// Decrypts a key written by <see cref="KeyRingXmlEncryptor"/> with whichever protection certificate it was encrypted
/// to. Data Protection creates this type by name from the stored key, handing it the application's services.
/// Without the right certificate the key stays closed, and so does every secret it protects.
/// </summary>
internal sealed class KeyRingXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var certificates = services.GetRequiredService<KeyRingProtection>().Certificates.All.ToList();
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        using (var reader = encryptedElement.CreateReader())
        {
            document.Load(reader);
        }

        new CertificateEncryptedXml(document, certificates).DecryptDocument();
        using var nodes = new XmlNodeReader(document.DocumentElement!);
        return XElement.Load(nodes);
    }
}
