using System.Security.Cryptography.X509Certificates;

namespace SnowChatOps.Bot.Secrets;

/// <summary>The certificate that protects new keys, and every certificate that may decrypt existing ones.</summary>
internal sealed record KeyRingCertificates(X509Certificate2 Current, IReadOnlyList<X509Certificate2> Previous)
{
    public IEnumerable<X509Certificate2> All => [Current, .. Previous];
}
