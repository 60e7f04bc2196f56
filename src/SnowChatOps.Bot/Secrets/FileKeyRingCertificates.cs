using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace SnowChatOps.Bot.Secrets;

/// <summary>PFX files: <see cref="SecretsOptions.KeyRingCertificatePath"/> and the previous ones kept after a rotation.</summary>
internal sealed class FileKeyRingCertificates(IOptions<SecretsOptions> options) : IKeyRingCertificateSource
{
    public KeyRingCertificates Load()
    {
        var o = options.Value;
        var current = LoadPfx(o.KeyRingCertificatePath!, o.KeyRingCertificatePassword);
        var previous = o.PreviousKeyRingCertificatePaths
            .Select((path, i) => LoadPfx(path, i < o.PreviousKeyRingCertificatePasswords.Count ? o.PreviousKeyRingCertificatePasswords[i] : null))
            .ToList();
        return new KeyRingCertificates(current, previous);
    }

    private static X509Certificate2 LoadPfx(string path, string? password) =>
        X509CertificateLoader.LoadPkcs12FromFile(path, string.IsNullOrEmpty(password) ? null : password, X509KeyStorageFlags.EphemeralKeySet);
}
