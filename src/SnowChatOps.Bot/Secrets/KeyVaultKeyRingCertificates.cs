using Azure.Core;
using Azure.Security.KeyVault.Certificates;
using Microsoft.Extensions.Options;

namespace SnowChatOps.Bot.Secrets;

/// <summary>
/// The key-ring certificate in Azure Key Vault, with its private key (role Key Vault Certificate User). Rotation is a
/// new version of the same certificate: the newest protects new keys, every other enabled version still decrypts the
/// keys it protected. Disabling an old version makes the keys it protected (and so the secrets they encrypt) unreadable.
/// </summary>
internal sealed class KeyVaultKeyRingCertificates(IOptions<SecretsOptions> options, TokenCredential credential) : IKeyRingCertificateSource
{
    public KeyRingCertificates Load()
    {
        var o = options.Value;
        var client = new CertificateClient(o.KeyVaultUri!, credential);
        var name = o.KeyRingCertificateName!;
        var current = client.DownloadCertificate(name).Value;
        var previous = client.GetPropertiesOfCertificateVersions(name)
            .Where(v => v.Enabled == true && !string.Equals(v.X509ThumbprintString, current.Thumbprint, StringComparison.OrdinalIgnoreCase))
            .Select(v => client.DownloadCertificate(name, v.Version).Value)
            .ToList();
        return new KeyRingCertificates(current, previous);
    }
}
