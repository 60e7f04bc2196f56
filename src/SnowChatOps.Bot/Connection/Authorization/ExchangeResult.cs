using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Connection.Authorization;

/// <summary>Either tokens, or the card that explains why there are none.</summary>
internal sealed record ExchangeResult(ServiceNowTokens? Tokens, AuthorizationOutcome? Failure);
