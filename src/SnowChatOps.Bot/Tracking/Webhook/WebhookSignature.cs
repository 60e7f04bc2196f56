using System.Security.Cryptography;
using System.Text;

namespace SnowChatOps.Bot.Tracking.Webhook;

/// <summary>
/// <c>sha256=</c> + lowercase hex HMAC-SHA256 (key = secret as UTF-8) over <c>"{timestamp}.{raw body}"</c>,
/// compared in constant time so the comparison leaks nothing about how much of a forged signature was right.
/// </summary>
internal static class WebhookSignature
{
    private const string Prefix = "sha256=";

    public static string Compute(string secret, string timestamp, string body)
        => Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));

    public static bool Matches(string secret, string timestamp, string body, string? signature)
    {
        if (signature is null || !signature.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(secret, timestamp, body));
        var given = Encoding.ASCII.GetBytes(signature.Trim().ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
