namespace SnowChatOps.Bot.Tickets;

/// <summary>Tickets logging (EventIds 11000-11099). Ticket numbers and verbs only; never notes, names or descriptions.</summary>
internal static partial class TicketsLog
{
    [LoggerMessage(11001, LogLevel.Information, "Card of {Number} posted in the conversation")]
    public static partial void CardPosted(this ILogger logger, string number);

    [LoggerMessage(11002, LogLevel.Information, "Card of {Number} refreshed in place")]
    public static partial void CardRefreshed(this ILogger logger, string number);

    [LoggerMessage(11003, LogLevel.Warning, "Card of {Number} could not be updated in place (status {Status}); posted anew")]
    public static partial void CardReposted(this ILogger logger, string number, int? status);

    [LoggerMessage(11004, LogLevel.Information, "Conversation of {Number} is unknown or the bot was removed; card not refreshed")]
    public static partial void ConversationUnavailable(this ILogger logger, string number);
}
