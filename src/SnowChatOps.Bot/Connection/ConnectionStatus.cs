namespace SnowChatOps.Bot.Connection;

internal enum ConnectionStatus
{
    Connected,
    NeedsAuthorization,
}
