namespace SnowChatOps.Bot.ServiceNow;

/// <summary>The Application Registry (<c>oauth_entity</c>) row for our client id, read without its secret.</summary>
internal sealed record ServiceNowOAuthEntity(string SysId, string Name, string ClientId, bool Active);
