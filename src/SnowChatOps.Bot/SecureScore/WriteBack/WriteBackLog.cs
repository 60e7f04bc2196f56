namespace SnowChatOps.Bot.SecureScore.WriteBack;

internal static partial class WriteBackLog
{
    [LoggerMessage(9201, LogLevel.Information, "Secure Score control {ControlId} of tenant {TenantId} updated for {Ticket} (state {State})")]
    public static partial void ControlStateWritten(this ILogger logger, string tenantId, string controlId, string ticket, string? state);

    [LoggerMessage(9202, LogLevel.Debug, "Secure Score write for {Ticket} skipped: change already written")]
    public static partial void ReplaySkipped(this ILogger logger, string ticket);

    [LoggerMessage(9203, LogLevel.Debug, "Secure Score write for {Ticket} skipped: control {ControlId} already has this state and note")]
    public static partial void UnchangedSkipped(this ILogger logger, string ticket, string controlId);

    [LoggerMessage(9204, LogLevel.Warning, "Secure Score write for {Ticket} to control {ControlId} of tenant {TenantId} failed ({Reason})")]
    public static partial void WriteFailed(this ILogger logger, string tenantId, string controlId, string ticket, string reason);

    [LoggerMessage(9205, LogLevel.Error, "Secure Score write refused for tenant {TenantId}: the app lacks SecurityEvents.ReadWrite.All (403)")]
    public static partial void WriteForbidden(this ILogger logger, string tenantId);

    [LoggerMessage(9206, LogLevel.Information, "Secure Score write-back is on for tenant {TenantId} but improvement actions come from the offline catalog; nothing written")]
    public static partial void WriteBackWithoutGraph(this ILogger logger, string tenantId);

    [LoggerMessage(9207, LogLevel.Information, "Secure Score settings of tenant {TenantId} saved (write-back {WriteBack}, resolved as {ResolvedState})")]
    public static partial void SettingsSaved(this ILogger logger, string tenantId, bool writeBack, string resolvedState);
}
