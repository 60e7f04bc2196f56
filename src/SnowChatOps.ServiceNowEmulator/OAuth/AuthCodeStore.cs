using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace SnowChatOps.ServiceNowEmulator.OAuth;

/// <summary>Single-use, short-lived authorization codes.</summary>
internal sealed class AuthCodeStore(TimeProvider time, IOptions<OAuthOptions> options)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, AuthCode> codes = new(StringComparer.Ordinal);

    public AuthCode Issue(string clientId, string redirectUri, string userSysId, string? challenge, string? method)
    {
        var code = new AuthCode(TokenStore.Base64UrlEncode(RandomNumberGenerator.GetBytes(32)), clientId, redirectUri, userSysId,
            challenge, method, time.GetUtcNow().AddSeconds(options.Value.AuthCodeLifespan));
        lock (gate)
        {
            codes[code.Value] = code;
        }

        return code;
    }

    /// <summary>Removes the code whatever happens next, so a replay always fails; null when unknown or expired.</summary>
    public AuthCode? Redeem(string value)
    {
        lock (gate)
        {
            return codes.Remove(value, out var code) && code.ExpiresAt > time.GetUtcNow() ? code : null;
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            codes.Clear();
        }
    }
}
