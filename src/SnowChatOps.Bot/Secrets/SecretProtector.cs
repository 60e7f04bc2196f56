using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace SnowChatOps.Bot.Secrets;

/// <summary>
/// Encrypts secrets (OAuth client secrets, access and refresh tokens, PKCE verifiers) before they are stored.
/// One purpose string per kind of secret, so a value protected as one kind cannot be unprotected as another.
/// </summary>
internal sealed class SecretProtector(IDataProtectionProvider provider)
{
    public string Protect(SecretKind kind, string plain) => For(kind).Protect(plain);

    /// <summary>Returns null when the value cannot be decrypted (a lost key ring, or tampering).</summary>
    public string? TryUnprotect(SecretKind kind, string? protectedValue)
    {
        if (string.IsNullOrEmpty(protectedValue))
        {
            return null;
        }

        try
        {
            return For(kind).Unprotect(protectedValue);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private IDataProtector For(SecretKind kind) => provider.CreateProtector("SnowChatOps", kind.ToString(), "v1");
}
