using Refit;

namespace SnowChatOps.Bot.ServiceNow.Dtos;

/// <summary>Query of <c>POST /oauth_revoke_token.do?token=...</c>.</summary>
internal sealed record RevokeParameters([property: AliasAs("token")] string Token);
