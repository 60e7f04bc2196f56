using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace SnowChatOps.Bot.Secrets;

/// <summary>
/// Encrypts each new key of the key ring to the current protection certificate (XML Encryption, as Data Protection's
/// own certificate encryptor does) and names <see cref="KeyRingXmlDecryptor"/> as the way back, so decryption sees
/// every certificate of <see cref="KeyRingProtection"/>, the previous ones included.
/// </summary>
internal sealed class KeyRingXmlEncryptor(KeyRingProtection protection, ILoggerFactory loggers) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var encrypted = new CertificateXmlEncryptor(protection.Certificates.Current, loggers).Encrypt(plaintextElement);
        return new EncryptedXmlInfo(encrypted.EncryptedElement, typeof(KeyRingXmlDecryptor));
    }
}
