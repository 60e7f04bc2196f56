namespace SnowChatOps.Bot.MessageExtension;

/// <summary>Message extension logging (EventIds 7000-7099). Never message content, ticket names or descriptions.</summary>
internal static partial class MessageExtensionLog
{
    [LoggerMessage(7001, LogLevel.Information, "Share dialog opened for submission {CorrelationId}")]
    public static partial void DialogOpened(this ILogger logger, string correlationId);

    [LoggerMessage(7002, LogLevel.Information, "Share dialog refused: tenant is not connected to ServiceNow")]
    public static partial void NotConnected(this ILogger logger);

    [LoggerMessage(7003, LogLevel.Warning, "Unknown message extension command {CommandId}")]
    public static partial void UnknownCommand(this ILogger logger, string commandId);

    [LoggerMessage(7004, LogLevel.Warning, "Share dialog submit without a correlation id we minted; answered as stale")]
    public static partial void StaleSubmit(this ILogger logger);

    [LoggerMessage(7008, LogLevel.Information, "Share dialog {CorrelationId} ended {Outcome}")]
    public static partial void Answered(this ILogger logger, string correlationId, string outcome);

    [LoggerMessage(7009, LogLevel.Information, "Ticket {Number} of submission {CorrelationId} posted in the conversation")]
    public static partial void TicketPosted(this ILogger logger, string number, string correlationId);

    [LoggerMessage(7101, LogLevel.Information, "Ticket search ({Kind}) answered {Count} ticket(s)")]
    public static partial void SearchAnswered(this ILogger logger, string kind, int count);

    [LoggerMessage(7102, LogLevel.Information, "Ticket search refused: tenant is not connected to ServiceNow")]
    public static partial void SearchNotConnected(this ILogger logger);

    [LoggerMessage(7103, LogLevel.Warning, "Ticket search failed in ServiceNow: {Error} {Status}")]
    public static partial void SearchFailed(this ILogger logger, string error, int? status);

    [LoggerMessage(7104, LogLevel.Information, "Link not unfurled: {Reason}")]
    public static partial void UnfurlSkipped(this ILogger logger, string reason);

    [LoggerMessage(7105, LogLevel.Information, "Link unfurled to ticket {Number}")]
    public static partial void Unfurled(this ILogger logger, string number);
}
