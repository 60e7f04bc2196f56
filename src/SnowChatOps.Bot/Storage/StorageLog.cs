namespace SnowChatOps.Bot.Storage;

internal static partial class StorageLog
{
    [LoggerMessage(5001, LogLevel.Warning, "Stale write rejected for a {Store} item (ETag mismatch)")]
    public static partial void StaleWrite(this ILogger logger, string store);

    [LoggerMessage(5002, LogLevel.Warning, "Storage health check failed")]
    public static partial void HealthCheckFailed(this ILogger logger, Exception error);
}
