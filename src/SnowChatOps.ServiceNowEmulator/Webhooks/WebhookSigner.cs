using System.Security.Cryptography;
using System.Text;

namespace SnowChatOps.ServiceNowEmulator.Webhooks;

/// <summary><c>sha256=</c> lowercase hex HMAC-SHA256 over <c>"{timestamp}.{raw body}"</c>, keyed by the shared secret.</summary>
internal static class WebhookSigner
{
    public static string Sign(string secret, string timestamp, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));
}
