namespace SnowChatOps.Bot.Tracking.Outbox;

/// <summary>Outbox logging (EventIds 3200-3299). Ticket numbers, reason codes and counts only.</summary>
internal static partial class OutboxLog
{
    [LoggerMessage(3200, LogLevel.Information, "Notification for {Number} delivered (attempt {Attempts})")]
    public static partial void OutboxDelivered(this ILogger logger, string number, int attempts);

    [LoggerMessage(3201, LogLevel.Warning, "{Work} for {Number} failed with {Reason}; retry {Attempts} in {Delay}")]
    public static partial void OutboxRetry(this ILogger logger, string number, string work, string reason, int attempts, TimeSpan delay);

    [LoggerMessage(3202, LogLevel.Error, "Notification for {Number} recorded failed ({Reason}) after {Attempts} attempt(s)")]
    public static partial void OutboxNotificationFailed(this ILogger logger, string number, string reason, int attempts);

    [LoggerMessage(3203, LogLevel.Warning, "{Work} for {Number} given up ({Reason})")]
    public static partial void OutboxWorkFailed(this ILogger logger, string number, string work, string reason);

    [LoggerMessage(3204, LogLevel.Error, "{Work} for {Number} failed unexpectedly; retried within the budget")]
    public static partial void OutboxAttemptFailed(this ILogger logger, Exception error, string number, string work);

    [LoggerMessage(3205, LogLevel.Warning, "A {ConversationType} conversation refused a notification ({Reason}); marked suspect, notifications go to the fallback")]
    public static partial void ConversationSuspect(this ILogger logger, string conversationType, string reason);

    [LoggerMessage(3206, LogLevel.Information, "Tenant {TenantId}: {Count} admin(s) told about a suspect conversation")]
    public static partial void AdminsTold(this ILogger logger, string tenantId, int count);

    [LoggerMessage(3207, LogLevel.Information, "Change {Number} -> {To}: {Count} outbox item(s) written")]
    public static partial void OutboxWritten(this ILogger logger, string number, string to, int count);

    [LoggerMessage(3208, LogLevel.Error, "Outbox sweep failed; the next sweep tries again")]
    public static partial void SweepFailed(this ILogger logger, Exception error);
}
