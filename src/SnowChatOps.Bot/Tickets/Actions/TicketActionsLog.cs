namespace SnowChatOps.Bot.Tickets.Actions;

/// <summary>Card action logging (EventIds 11100-11199): verbs, ticket numbers and outcomes only; never notes, names or emails.</summary>
internal static partial class TicketActionsLog
{
    [LoggerMessage(11101, LogLevel.Information, "Card action {Verb} on {Number} applied")]
    public static partial void ActionApplied(this ILogger logger, string verb, string number);

    [LoggerMessage(11102, LogLevel.Information, "Card action {Verb} on {Number} refused before ServiceNow: {Reason}")]
    public static partial void ActionRefused(this ILogger logger, string verb, string number, string reason);

    [LoggerMessage(11103, LogLevel.Warning, "Card action {Verb} on {Number} refused by ServiceNow (HTTP {Status})")]
    public static partial void ActionRefusedByServiceNow(this ILogger logger, string verb, string number, int? status);

    [LoggerMessage(11104, LogLevel.Information, "Card action {Verb} on {Number} was already carried out (same key); not repeated")]
    public static partial void ActionDuplicate(this ILogger logger, string verb, string number);

    [LoggerMessage(11105, LogLevel.Information, "Card action {Verb} refused: the user is not a responder in tenant {TenantId}")]
    public static partial void NotResponder(this ILogger logger, string verb, string tenantId);

    [LoggerMessage(11106, LogLevel.Warning, "Card action {Verb} carried an unreadable or unknown argument")]
    public static partial void BadArgument(this ILogger logger, string verb);

    [LoggerMessage(11107, LogLevel.Warning, "Card action {Verb} on {Number}: ServiceNow did not answer; the outcome is unknown and the key stays claimed")]
    public static partial void ActionUncertain(this ILogger logger, string verb, string number);

    [LoggerMessage(11108, LogLevel.Debug, "Card of {Number} refreshed for a user (responder: {Responder})")]
    public static partial void CardRefreshedForUser(this ILogger logger, string number, bool responder);
}
