namespace SnowChatOps.Bot.ServiceNow.Errors;

/// <summary>The most likely cause behind a token endpoint failure; ServiceNow's own bodies are often opaque.</summary>
public enum ServiceNowOAuthFailureReason
{
    Unknown,
    InvalidClient,
    InvalidGrantOrCode,
    GrantTypeDisabled,
    RedirectUriMismatch,
}
