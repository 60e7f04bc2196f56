using Microsoft.Extensions.Logging;

namespace SnowChatOps.Bot.SecureScore;

internal static partial class SecureScoreLog
{
    [LoggerMessage(9001, LogLevel.Debug, "Improvement actions for tenant {TenantId} served from cache")]
    public static partial void CatalogCacheHit(this ILogger logger, string tenantId);

    [LoggerMessage(9002, LogLevel.Information, "Read {Count} improvement actions for tenant {TenantId} from Graph in {Pages} page(s)")]
    public static partial void CatalogFetched(this ILogger logger, string tenantId, int count, int pages);

    [LoggerMessage(9003, LogLevel.Warning, "Skipped control profile {ControlId}: {Reason}")]
    public static partial void ControlSkipped(this ILogger logger, string? controlId, string? reason);

    [LoggerMessage(9004, LogLevel.Error, "Could not read improvement actions for tenant {TenantId} from Graph")]
    public static partial void GraphUnavailable(this ILogger logger, string tenantId, Exception error);

    [LoggerMessage(9005, LogLevel.Warning, "Refused to follow @odata.nextLink to foreign host {Host}")]
    public static partial void ForeignNextLinkRefused(this ILogger logger, string host);

    [LoggerMessage(9006, LogLevel.Information, "Loaded {Count} improvement actions from the offline catalog")]
    public static partial void OfflineCatalogLoaded(this ILogger logger, int count);
}
