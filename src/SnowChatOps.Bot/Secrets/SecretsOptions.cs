namespace SnowChatOps.Bot.Secrets;

/// <summary>
/// How the Data Protection key ring itself is protected at rest. Without a certificate the keys sit in Table
/// Storage unencrypted (fine for Azurite; in production give a certificate, or encrypt the storage account with
/// a customer-managed key).
/// </summary>
public sealed class SecretsOptions
{
    public const string Section = "Secrets";

    /// <summary>Path to a PFX whose key encrypts the key ring.</summary>
    public string? KeyRingCertificatePath { get; init; }

    public string? KeyRingCertificatePassword { get; init; }
}
