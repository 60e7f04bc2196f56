namespace SnowChatOps.ServiceNowEmulator.OAuth;

/// <summary>An authorization code, bound to client, redirect URI, user and (optionally) a PKCE challenge.</summary>
internal sealed record AuthCode(
    string Value, string ClientId, string RedirectUri, string UserSysId, string? CodeChallenge, string? ChallengeMethod, DateTimeOffset ExpiresAt);
