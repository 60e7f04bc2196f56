namespace SnowChatOps.Bot.Secrets;

/// <summary>
/// How the Data Protection key ring is protected at rest. The key ring lives in Table Storage next to the secrets it
/// encrypts, so outside Development it must itself be encrypted with a certificate that storage does not hold:
/// a PFX file, or a certificate in Azure Key Vault (all its enabled versions are loaded, the newest protects new keys).
/// </summary>
public sealed class SecretsOptions
{
    public const string Section = "Secrets";

    /// <summary>Path to a PFX whose key encrypts new keys of the key ring.</summary>
    public string? KeyRingCertificatePath { get; init; }

    public string? KeyRingCertificatePassword { get; init; }

    /// <summary>PFX files of earlier protection certificates: they only decrypt keys written before a rotation.</summary>
    public IReadOnlyList<string> PreviousKeyRingCertificatePaths { get; init; } = [];

    /// <summary>Passwords of <see cref="PreviousKeyRingCertificatePaths"/>, by position (empty for none).</summary>
    public IReadOnlyList<string> PreviousKeyRingCertificatePasswords { get; init; } = [];

    /// <summary>e.g. https://&lt;vault&gt;.vault.azure.net/; with <see cref="KeyRingCertificateName"/>, read with the app's Azure identity.</summary>
    public Uri? KeyVaultUri { get; init; }

    /// <summary>The Key Vault certificate that protects the key ring (the identity needs Key Vault Certificate User).</summary>
    public string? KeyRingCertificateName { get; init; }

    internal bool UsesFile => !string.IsNullOrWhiteSpace(KeyRingCertificatePath);

    internal bool UsesKeyVault => KeyVaultUri is not null || !string.IsNullOrWhiteSpace(KeyRingCertificateName);
}
