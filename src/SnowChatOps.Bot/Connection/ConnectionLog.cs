namespace SnowChatOps.Bot.Connection;

internal static partial class ConnectionLog
{
    [LoggerMessage(2001, LogLevel.Information, "Admin check refused a connection command for tenant {TenantId}")]
    public static partial void NotAdmin(this ILogger logger, string tenantId);

    [LoggerMessage(2002, LogLevel.Information, "Authorization started for tenant {TenantId}")]
    public static partial void AuthorizationStarted(this ILogger logger, string tenantId);

    [LoggerMessage(2003, LogLevel.Warning, "OAuth callback with an unknown, used or expired state")]
    public static partial void CallbackStateInvalid(this ILogger logger);

    [LoggerMessage(2004, LogLevel.Information, "ServiceNow connected for tenant {TenantId} (integration user: {IntegrationUser})")]
    public static partial void Connected(this ILogger logger, string tenantId, bool integrationUser);

    [LoggerMessage(2005, LogLevel.Warning, "Connecting tenant {TenantId} failed: {Outcome}")]
    public static partial void ConnectFailed(this ILogger logger, string tenantId, string outcome);

    [LoggerMessage(2006, LogLevel.Warning, "Tenant {TenantId} needs reauthorization ({Reason})")]
    public static partial void NeedsReauthorization(this ILogger logger, string tenantId, string reason);

    [LoggerMessage(2007, LogLevel.Information, "ServiceNow connection removed for tenant {TenantId} (tokens revoked: {Revoked})")]
    public static partial void Removed(this ILogger logger, string tenantId, bool revoked);

    [LoggerMessage(2008, LogLevel.Warning, "Could not tell tenant {TenantId} about the connection outcome: the conversation is gone")]
    public static partial void ResultNotDelivered(this ILogger logger, string tenantId);
}
