namespace SnowChatOps.Bot.Bot;

/// <summary>
/// What a Bot Connector client is bound to: the bot's app identity (its outbound token is issued for it), the token
/// audience, and the channel's service URL. Two turns share a client only when all three match, so one identity's or
/// audience's credentials are never used for another's calls.
/// </summary>
internal readonly record struct ConnectorClientKey(string? AppId, string? Audience, string ServiceUrl);
