namespace SnowChatOps.Bot.Connection.Authorization;

/// <summary>What ServiceNow sent back to the redirect URL.</summary>
internal sealed record OAuthCallback(string? Code, string? State, string? Error);
