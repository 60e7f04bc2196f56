using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace SnowChatOps.Bot.ServiceNow.Auth;

/// <summary>PKCE (RFC 7636) S256: a random verifier kept by us, its hash sent on the authorize request.</summary>
internal static class Pkce
{
    public const string Method = "S256";

    public static PkcePair Create()
    {
        var verifier = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return new PkcePair(verifier, ChallengeFor(verifier));
    }

    public static string ChallengeFor(string verifier) =>
        WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
}
