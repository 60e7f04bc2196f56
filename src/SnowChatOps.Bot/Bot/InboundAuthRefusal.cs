using Microsoft.IdentityModel.Tokens;

namespace SnowChatOps.Bot.Bot;

/// <summary>
/// Why Bot Framework refused an inbound request, as a short code for the log. Derived from the exception type (and,
/// for the SDK's own <see cref="UnauthorizedAccessException"/>s, its fixed message), never from the token.
/// </summary>
internal static class InboundAuthRefusal
{
    /// <summary>The refusal reason, or null when <paramref name="error"/> is not a token failure (e.g. metadata unavailable).</summary>
    public static string? ReasonFor(Exception error, bool hadToken) => error switch
    {
        UnauthorizedAccessException when !hadToken => "MissingToken",
        UnauthorizedAccessException refused => FromSdkMessage(refused.Message),
        SecurityTokenExpiredException => "Expired",
        SecurityTokenNotYetValidException => "NotYetValid",
        SecurityTokenInvalidAudienceException => "WrongAudience",
        SecurityTokenInvalidIssuerException => "WrongIssuer",
        SecurityTokenSignatureKeyNotFoundException => "UnknownSigningKey",
        SecurityTokenInvalidSignatureException => "InvalidSignature",
        SecurityTokenInvalidAlgorithmException => "AlgorithmNotAllowed",
        SecurityTokenMalformedException => "Malformed",
        SecurityTokenException => "InvalidToken",
        ArgumentException or FormatException or System.Text.Json.JsonException or Newtonsoft.Json.JsonException => "Malformed",
        NotSupportedException => "AlgorithmNotAllowed",
        _ => null,
    };

    // The SDK's fixed messages (Microsoft.Bot.Connector.Authentication); an unknown one is still a refusal.
    private static string FromSdkMessage(string message) => message switch
    {
        _ when message.Contains("expired", StringComparison.OrdinalIgnoreCase) => "Expired",
        _ when message.Contains("serviceurl", StringComparison.OrdinalIgnoreCase) => "ServiceUrlMismatch",
        _ when message.Contains("AppId", StringComparison.OrdinalIgnoreCase) || message.Contains("aud claim", StringComparison.OrdinalIgnoreCase) => "WrongAudience",
        _ when message.Contains("endorsement", StringComparison.OrdinalIgnoreCase) => "NotEndorsed",
        _ when message.Contains("algorithm", StringComparison.OrdinalIgnoreCase) => "AlgorithmNotAllowed",
        _ when message.Contains("identity", StringComparison.OrdinalIgnoreCase) => "UntrustedIssuerOrScheme",
        _ => "Refused",
    };
}
