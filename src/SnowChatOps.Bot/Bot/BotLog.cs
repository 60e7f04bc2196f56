namespace SnowChatOps.Bot.Bot;

internal static partial class BotLog
{
    [LoggerMessage(1001, LogLevel.Error, "Turn failed for activity {ActivityType} in conversation {ConversationType}; reference {Reference}")]
    public static partial void TurnFailed(this ILogger logger, Exception error, string? activityType, string? conversationType, string reference);

    [LoggerMessage(1002, LogLevel.Warning, "Could not tell the user about a failed turn; reference {Reference}")]
    public static partial void ErrorReplyFailed(this ILogger logger, Exception error, string reference);

    [LoggerMessage(1003, LogLevel.Information, "Command {Command} from {Source}")]
    public static partial void CommandDispatched(this ILogger logger, string command, string source);

    [LoggerMessage(1004, LogLevel.Information, "Unknown card verb {Verb}")]
    public static partial void UnknownVerb(this ILogger logger, string verb);

    [LoggerMessage(1007, LogLevel.Information, "Typed message of {Length} characters refused as too long for a command")]
    public static partial void TypedTextTooLong(this ILogger logger, int length);

    [LoggerMessage(1005, LogLevel.Information, "Welcome already sent to conversation; skipping")]
    public static partial void WelcomeSkipped(this ILogger logger);

    [LoggerMessage(1006, LogLevel.Warning, "Refused an inbound Bot Framework request: {Reason} ({ErrorType})")]
    public static partial void InboundRequestRefused(this ILogger logger, string reason, string errorType);
}
