using System.Net;
using Microsoft.Extensions.Logging;

namespace SnowChatOps.Bot.ServiceNow;

/// <summary>ServiceNow logging (EventIds 4000-4999). Never tokens, secrets or ticket text.</summary>
internal static partial class ServiceNowLog
{
    [LoggerMessage(4001, LogLevel.Information, "Refreshing ServiceNow access token for tenant {TenantId} ({Trigger})")]
    public static partial void RefreshingToken(this ILogger logger, string tenantId, string trigger);

    [LoggerMessage(4002, LogLevel.Debug, "ServiceNow access token for tenant {TenantId} was already refreshed by a concurrent request")]
    public static partial void RefreshCollapsed(this ILogger logger, string tenantId);

    [LoggerMessage(4003, LogLevel.Warning, "ServiceNow rejected the refresh token of tenant {TenantId} ({Reason}); reauthorization required")]
    public static partial void RefreshRejected(this ILogger logger, string tenantId, string reason);

    [LoggerMessage(4004, LogLevel.Warning, "ServiceNow answered 401 for tenant {TenantId} after a token refresh")]
    public static partial void UnauthorizedAfterRefresh(this ILogger logger, string tenantId);

    [LoggerMessage(4005, LogLevel.Warning, "Retrying ServiceNow {Method} to {Authority} after {Delay} (attempt {Attempt}, status {Status})")]
    public static partial void RetryScheduled(this ILogger logger, string method, string authority, TimeSpan delay, int attempt, HttpStatusCode? status);

    [LoggerMessage(4006, LogLevel.Error, "ServiceNow circuit opened for {Authority} for {BreakDuration}")]
    public static partial void CircuitOpened(this ILogger logger, string authority, TimeSpan breakDuration);

    [LoggerMessage(4007, LogLevel.Information, "Created {Table} {Number} ({SysId}) for correlation {CorrelationId}")]
    public static partial void TicketCreated(this ILogger logger, string table, string number, string sysId, string correlationId);

    [LoggerMessage(4008, LogLevel.Warning, "ServiceNow OAuth {Grant} failed on {Instance}: {Reason} (HTTP {Status}, error {Error})")]
    public static partial void OAuthFailed(this ILogger logger, string grant, string instance, string reason, int status, string? error);

    [LoggerMessage(4009, LogLevel.Warning, "ServiceNow {Table} read probe failed for tenant {TenantId}: HTTP {Status}")]
    public static partial void ProbeFailed(this ILogger logger, string table, string tenantId, HttpStatusCode? status);
}
