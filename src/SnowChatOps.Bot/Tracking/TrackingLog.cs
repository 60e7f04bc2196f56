namespace SnowChatOps.Bot.Tracking;

/// <summary>Tracking logging (EventIds 3000-3199). Ticket numbers and state codes only: never secrets or ticket free text.</summary>
internal static partial class TrackingLog
{
    [LoggerMessage(3000, LogLevel.Warning, "State-change webhook rejected: {Reason}")]
    public static partial void WebhookRejected(this ILogger logger, string reason);

    [LoggerMessage(3001, LogLevel.Information, "Ticket {Number} changed {From} -> {To} (seen by {Source})")]
    public static partial void StateChanged(this ILogger logger, string number, string from, string to, string source);

    [LoggerMessage(3002, LogLevel.Error, "Ticket poll cycle failed")]
    public static partial void CycleFailed(this ILogger logger, Exception error);

    [LoggerMessage(3003, LogLevel.Information, "State-change webhook accepted for {Number}")]
    public static partial void WebhookAccepted(this ILogger logger, string number);

    [LoggerMessage(3004, LogLevel.Information, "State-change webhook event {EventId} already handled")]
    public static partial void WebhookReplay(this ILogger logger, string eventId);

    [LoggerMessage(3005, LogLevel.Warning, "Polling tenant {TenantId} failed with ServiceNow status {Status}; other tenants continue")]
    public static partial void TenantPollFailed(this ILogger logger, string tenantId, int? status);

    [LoggerMessage(3006, LogLevel.Information, "Conversation for {Number} is unknown or the bot was removed; skipped")]
    public static partial void ConversationUnavailable(this ILogger logger, string number);

    [LoggerMessage(3007, LogLevel.Warning, "Could not update the card of {Number} in place (status {Status})")]
    public static partial void CardUpdateFailed(this ILogger logger, string number, int? status);

    [LoggerMessage(3013, LogLevel.Information, "Change of {Number} to {To} ignored: sys_mod_count {ModCount} is not after the last accepted {LastModCount} (a late or retried event)")]
    public static partial void StaleChange(this ILogger logger, string number, string to, int modCount, int lastModCount);

    [LoggerMessage(3008, LogLevel.Debug, "Change of {Number} to {To} already notified")]
    public static partial void AlreadyNotified(this ILogger logger, string number, string to);

    [LoggerMessage(3009, LogLevel.Information, "Tenant {TenantId} notifications conversation {Action}")]
    public static partial void NotificationsTarget(this ILogger logger, string tenantId, string action);

    [LoggerMessage(3011, LogLevel.Information, "Poll cycle: {Tenants} tenant(s), {Read} changed record(s) read, {Changes} state change(s)")]
    public static partial void Polled(this ILogger logger, int tenants, int read, int changes);

    [LoggerMessage(3012, LogLevel.Information, "Webhook secret created for tenant {TenantId}")]
    public static partial void SecretCreated(this ILogger logger, string tenantId);

    [LoggerMessage(3100, LogLevel.Information, "Poll watermark of tenant {TenantId} table {Table} was moved by another instance; this cycle's window is read again next time")]
    public static partial void WatermarkRaced(this ILogger logger, string tenantId, string table);

    [LoggerMessage(3101, LogLevel.Warning, "Poll lease of tenant {TenantId} was taken over mid-cycle; the new holder continues")]
    public static partial void LeaseLost(this ILogger logger, string tenantId);
}
