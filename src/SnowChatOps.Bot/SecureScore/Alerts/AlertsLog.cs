namespace SnowChatOps.Bot.SecureScore.Alerts;

internal static partial class AlertsLog
{
    [LoggerMessage(9301, LogLevel.Information, "Secure Score of tenant {TenantId} dropped {Points} points (threshold {Threshold}); {Controls} control(s) lost points")]
    public static partial void DropDetected(this ILogger logger, string tenantId, double points, double threshold, int controls);

    [LoggerMessage(9302, LogLevel.Information, "Score-drop alert for tenant {TenantId} posted to a {ConversationType} conversation")]
    public static partial void AlertPosted(this ILogger logger, string tenantId, string conversationType);

    [LoggerMessage(9303, LogLevel.Debug, "Score-drop alert for tenant {TenantId} already posted to this conversation")]
    public static partial void AlreadyPosted(this ILogger logger, string tenantId);

    [LoggerMessage(9304, LogLevel.Warning, "Secure Score snapshots of tenant {TenantId} unreadable; score drop not checked this cycle")]
    public static partial void SnapshotsUnavailable(this ILogger logger, string tenantId);

    [LoggerMessage(9305, LogLevel.Warning, "Score-drop alert for tenant {TenantId} not posted to a subscribed conversation the bot no longer reaches")]
    public static partial void ConversationUnavailable(this ILogger logger, string tenantId);

    [LoggerMessage(9306, LogLevel.Warning, "Score-drop alert for tenant {TenantId} failed to send; the next cycle tries again")]
    public static partial void SendFailed(this ILogger logger, string tenantId, Exception error);

    [LoggerMessage(9307, LogLevel.Error, "Score-drop check cycle failed")]
    public static partial void CycleFailed(this ILogger logger, Exception error);

    [LoggerMessage(9308, LogLevel.Warning, "Improvement actions of tenant {TenantId} unreadable; the score-drop alert names controls by id")]
    public static partial void ActionsUnavailable(this ILogger logger, string tenantId);
}
