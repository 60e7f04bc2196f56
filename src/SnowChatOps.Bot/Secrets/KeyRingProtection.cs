namespace SnowChatOps.Bot.Secrets;

/// <summary>
/// The key-ring protection certificates, loaded once, when Data Protection first reads or writes its key ring
/// (after options validation, so a misconfiguration still ends the host with one line).
/// </summary>
internal sealed class KeyRingProtection(IKeyRingCertificateSource source)
{
    private readonly Lazy<KeyRingCertificates> certificates = new(source.Load);

    public KeyRingCertificates Certificates => certificates.Value;
}
