using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace SnowChatOps.TestSupport.BotFramework;

/// <summary>
/// Writes and checks compact JWTs by hand, so tests can also make the malformed and hostile ones a JWT library refuses
/// to produce (<c>alg: none</c>, HS256 keyed with a public key, no signature at all).
/// </summary>
public static class CompactJwt
{
    /// <summary>RS256 with <paramref name="key"/>, header <c>kid</c> = <paramref name="kid"/>.</summary>
    public static string Rs256(RSA key, string kid, JsonObject claims)
    {
        var unsigned = Unsigned(new JsonObject { ["alg"] = "RS256", ["typ"] = "JWT", ["kid"] = kid }, claims);
        var signature = key.SignData(Encoding.ASCII.GetBytes(unsigned), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return unsigned + "." + Base64Url(signature);
    }

    /// <summary>HS256 keyed with <paramref name="secret"/> (the algorithm-confusion and shared-password attacks).</summary>
    public static string Hs256(byte[] secret, string kid, JsonObject claims)
    {
        var unsigned = Unsigned(new JsonObject { ["alg"] = "HS256", ["typ"] = "JWT", ["kid"] = kid }, claims);
        return unsigned + "." + Base64Url(HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(unsigned)));
    }

    /// <summary><c>alg: none</c> with an empty signature segment.</summary>
    public static string AlgNone(JsonObject claims) => Unsigned(new JsonObject { ["alg"] = "none", ["typ"] = "JWT" }, claims) + ".";

    /// <summary>A well-formed RS256 header and claims with the signature segment left out entirely.</summary>
    public static string WithoutSignature(string kid, JsonObject claims)
        => Unsigned(new JsonObject { ["alg"] = "RS256", ["typ"] = "JWT", ["kid"] = kid }, claims) + ".";

    /// <summary>The claims of an RS256 token signed by <paramref name="key"/>, or null when the signature or algorithm is wrong.</summary>
    public static JsonObject? VerifiedClaims(string token, RSA key)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || JsonNode.Parse(FromBase64Url(parts[0]))?["alg"]?.GetValue<string>() != "RS256")
        {
            return null;
        }

        var valid = key.VerifyData(
            Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), FromBase64Url(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return valid ? JsonNode.Parse(FromBase64Url(parts[1])) as JsonObject : null;
    }

    /// <summary>Base64url without padding.</summary>
    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Unsigned(JsonObject header, JsonObject claims)
        => Base64Url(Encoding.UTF8.GetBytes(header.ToJsonString())) + "." + Base64Url(Encoding.UTF8.GetBytes(claims.ToJsonString()));

    private static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }
}
