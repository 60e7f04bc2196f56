namespace SnowChatOps.Bot.SecureScore.Confirmation;

internal static partial class ConfirmationLog
{
    [LoggerMessage(9220, LogLevel.Debug, "Waiting for Secure Score points for {ControlId} of tenant {TenantId} (points when resolved: {Baseline})")]
    public static partial void ConfirmationExpected(this ILogger logger, string tenantId, string controlId, double? baseline);

    [LoggerMessage(9221, LogLevel.Information, "Secure Score +{Points} points for {ControlId} of tenant {TenantId} confirmed")]
    public static partial void PointsConfirmed(this ILogger logger, string tenantId, string controlId, double points);

    [LoggerMessage(9222, LogLevel.Information, "No Secure Score change for {ControlId} of tenant {TenantId} after the waiting time")]
    public static partial void NoChangeReported(this ILogger logger, string tenantId, string controlId);

    [LoggerMessage(9223, LogLevel.Debug, "Secure Score confirmation for {ControlId} of tenant {TenantId} already posted by another instance")]
    public static partial void AlreadyConfirmed(this ILogger logger, string tenantId, string controlId);

    [LoggerMessage(9224, LogLevel.Error, "Secure Score confirmation cycle failed")]
    public static partial void CycleFailed(this ILogger logger, Exception error);

    [LoggerMessage(9225, LogLevel.Warning, "Secure Score snapshot for tenant {TenantId} unreadable; only waiting times checked this cycle")]
    public static partial void SnapshotUnavailable(this ILogger logger, string tenantId);

    [LoggerMessage(9226, LogLevel.Warning, "Secure Score confirmation for a ticket of tenant {TenantId} not posted to a conversation that is gone")]
    public static partial void ConversationUnavailable(this ILogger logger, string tenantId);

    [LoggerMessage(9227, LogLevel.Warning, "Ticket card not refreshed after a Secure Score confirmation: ServiceNow answered {Status}")]
    public static partial void CardNotRefreshed(this ILogger logger, int? status);
}
