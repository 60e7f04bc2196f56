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

    [LoggerMessage(2020, LogLevel.Information, "Sign-in for tenant {TenantId} held for the admin's confirmation (integration user: {IntegrationUser})")]
    public static partial void SignInHeld(this ILogger logger, string tenantId, bool integrationUser);

    [LoggerMessage(2021, LogLevel.Warning, "Refused a sign-in confirmation for tenant {TenantId} pressed by someone other than the admin who started it")]
    public static partial void ConfirmationNotYours(this ILogger logger, string tenantId);

    [LoggerMessage(2022, LogLevel.Information, "Sign-in for tenant {TenantId} discarded ({Outcome}); tokens revoked: {Revoked}")]
    public static partial void SignInDiscarded(this ILogger logger, string tenantId, string outcome, bool revoked);

    [LoggerMessage(2023, LogLevel.Information, "Sign-in link for tenant {TenantId} sent to the admin's personal chat")]
    public static partial void SignInLinkSentPersonally(this ILogger logger, string tenantId);

    [LoggerMessage(2024, LogLevel.Warning, "No personal chat with the admin of tenant {TenantId}: the sign-in link was not sent")]
    public static partial void NoPersonalChat(this ILogger logger, string tenantId);
}
