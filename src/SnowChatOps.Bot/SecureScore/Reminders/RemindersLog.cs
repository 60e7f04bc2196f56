namespace SnowChatOps.Bot.SecureScore.Reminders;

internal static partial class RemindersLog
{
    [LoggerMessage(9321, LogLevel.Information, "Due-date reminder {Kind} posted for {Ticket}")]
    public static partial void ReminderPosted(this ILogger logger, string ticket, ReminderKind kind);

    [LoggerMessage(9322, LogLevel.Debug, "Due-date reminder {Kind} for {Ticket} deferred: quiet hours of tenant {TenantId}")]
    public static partial void ReminderDeferred(this ILogger logger, string tenantId, string ticket, ReminderKind kind);

    [LoggerMessage(9323, LogLevel.Debug, "Due-date reminder {Kind} for {Ticket} already posted")]
    public static partial void AlreadyReminded(this ILogger logger, string ticket, ReminderKind kind);

    [LoggerMessage(9324, LogLevel.Information, "No due-date reminder for {Ticket}: state {State} in ServiceNow is not open")]
    public static partial void NotOpen(this ILogger logger, string ticket, string state);

    [LoggerMessage(9325, LogLevel.Information, "Due date of {Ticket} moved in ServiceNow; reminders follow the new one")]
    public static partial void DueMoved(this ILogger logger, string ticket);

    [LoggerMessage(9326, LogLevel.Warning, "Due-date reminder for {Ticket} not sent: ServiceNow answered {Status}; the next cycle tries again")]
    public static partial void ServiceNowUnavailable(this ILogger logger, string ticket, int? status);

    [LoggerMessage(9327, LogLevel.Warning, "Due-date reminder for {Ticket} not posted: its conversation is gone")]
    public static partial void ConversationUnavailable(this ILogger logger, string ticket);

    [LoggerMessage(9328, LogLevel.Warning, "Due-date reminder for {Ticket} failed to send; the next cycle tries again")]
    public static partial void SendFailed(this ILogger logger, string ticket, Exception error);

    [LoggerMessage(9329, LogLevel.Error, "Due-date reminder cycle failed")]
    public static partial void CycleFailed(this ILogger logger, Exception error);
}
