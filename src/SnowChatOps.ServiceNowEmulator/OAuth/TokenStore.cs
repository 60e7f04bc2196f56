using System.Security.Cryptography;

namespace SnowChatOps.ServiceNowEmulator.OAuth;

/// <summary>Issued tokens, in memory only (a restart signs everyone out, as a token purge would).</summary>
internal sealed class TokenStore(TimeProvider time)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, IssuedToken> tokens = new(StringComparer.Ordinal);

    public IssuedToken IssueRefresh(string clientId, string userSysId, int lifetimeSeconds) =>
        Add(new IssuedToken(NewValue(), true, clientId, userSysId, time.GetUtcNow().AddSeconds(lifetimeSeconds), null));

    public IssuedToken IssueAccess(string clientId, string userSysId, int lifetimeSeconds, string? refreshToken) =>
        Add(new IssuedToken(NewValue(), false, clientId, userSysId, time.GetUtcNow().AddSeconds(lifetimeSeconds), refreshToken));

    public IssuedToken? FindValid(string value, bool refresh)
    {
        lock (gate)
        {
            return tokens.TryGetValue(value, out var token) && token.IsRefresh == refresh && token.ExpiresAt > time.GetUtcNow() ? token : null;
        }
    }

    /// <summary>Marks the token expired; revoking a refresh token also expires the access tokens minted from it.</summary>
    public void Revoke(string value)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            foreach (var token in tokens.Values.Where(t => t.Value == value || t.RefreshToken == value).ToList())
            {
                tokens[token.Value] = token with { ExpiresAt = now };
            }
        }
    }

    public void ExpireAll()
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            foreach (var token in tokens.Values.ToList())
            {
                tokens[token.Value] = token with { ExpiresAt = now };
            }
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            tokens.Clear();
        }
    }

    private IssuedToken Add(IssuedToken token)
    {
        lock (gate)
        {
            tokens[token.Value] = token;
        }

        return token;
    }

    private static string NewValue() => Base64UrlEncode(RandomNumberGenerator.GetBytes(64));

    internal static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
