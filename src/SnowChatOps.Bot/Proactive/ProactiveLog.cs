namespace SnowChatOps.Bot.Proactive;

internal static partial class ProactiveLog
{
    [LoggerMessage(8001, LogLevel.Warning, "A {ConversationType} conversation refused the bot; marked suspect until the next message or install in it")]
    public static partial void ConversationGone(this ILogger logger, string conversationType);

    [LoggerMessage(8002, LogLevel.Information, "Proactive message sent to a {ConversationType} conversation")]
    public static partial void Sent(this ILogger logger, string conversationType);

    [LoggerMessage(8003, LogLevel.Warning, "Could not open a personal chat with a user (status {Status})")]
    public static partial void PersonalChatNotOpened(this ILogger logger, int status);
}
