namespace SnowChatOps.TestSupport.BotFramework;

/// <summary>One activity the bot posted to the <see cref="FakeBotConnector"/>.</summary>
/// <param name="ConversationId">From the path.</param>
/// <param name="BearerValid">The bearer token was signed by the trusted key, issued by the token service, for the connector, unexpired.</param>
/// <param name="AppId">The token's <c>appid</c> claim, when valid.</param>
/// <param name="Type">The activity's type.</param>
/// <param name="Text">The activity's text, if any.</param>
public sealed record ConnectorCall(string ConversationId, bool BearerValid, string? AppId, string? Type, string? Text);
