namespace SnowChatOps.Bot.Secrets;

/// <summary>Where the key-ring protection certificates come from: PFX files or Azure Key Vault.</summary>
internal interface IKeyRingCertificateSource
{
    /// <summary>Loads the certificates; called once, when Data Protection first needs its key ring.</summary>
    KeyRingCertificates Load();
}
