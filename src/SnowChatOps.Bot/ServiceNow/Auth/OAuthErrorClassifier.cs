using System.Net;
using SnowChatOps.Bot.ServiceNow.Errors;

namespace SnowChatOps.Bot.ServiceNow.Auth;

/// <summary>
/// Guesses the likely cause behind ServiceNow's token errors. Standard OAuth codes map directly; the opaque
/// <c>{"error":"server_error","error_description":"access_denied"}</c> is read with the grant that was attempted.
/// </summary>
internal static class OAuthErrorClassifier
{
    public static ServiceNowOAuthFailureReason Classify(string grantType, HttpStatusCode status, string? error, string? description)
    {
        var text = $"{error} {description}";
        if (text.Contains("redirect", StringComparison.OrdinalIgnoreCase))
        {
            return ServiceNowOAuthFailureReason.RedirectUriMismatch;
        }

        return error switch
        {
            "invalid_client" or "unauthorized_client" => ServiceNowOAuthFailureReason.InvalidClient,
            "invalid_grant" => ServiceNowOAuthFailureReason.InvalidGrantOrCode,
            "unsupported_grant_type" => ServiceNowOAuthFailureReason.GrantTypeDisabled,
            _ when IsOpaqueDenial(error, description) => ClassifyOpaque(grantType, status),
            _ => ServiceNowOAuthFailureReason.Unknown,
        };
    }

    private static bool IsOpaqueDenial(string? error, string? description) =>
        string.Equals(description, "access_denied", StringComparison.OrdinalIgnoreCase)
        || string.Equals(error, "access_denied", StringComparison.OrdinalIgnoreCase);

    // A refresh that is denied almost always means the refresh token expired or was revoked; an authorization
    // code exchange denied with 401 most often means a wrong client secret.
    private static ServiceNowOAuthFailureReason ClassifyOpaque(string grantType, HttpStatusCode status) => grantType switch
    {
        "refresh_token" => ServiceNowOAuthFailureReason.InvalidGrantOrCode,
        "authorization_code" when status == HttpStatusCode.Unauthorized => ServiceNowOAuthFailureReason.InvalidClient,
        "authorization_code" => ServiceNowOAuthFailureReason.InvalidGrantOrCode,
        _ => ServiceNowOAuthFailureReason.Unknown,
    };
}
