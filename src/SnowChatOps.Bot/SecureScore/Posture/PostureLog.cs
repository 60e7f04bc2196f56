namespace SnowChatOps.Bot.SecureScore.Posture;

internal static partial class PostureLog
{
    [LoggerMessage(9101, LogLevel.Debug, "Read the latest Secure Score snapshot for tenant {TenantId} ({Controls} control scores)")]
    public static partial void SnapshotRead(this ILogger logger, string tenantId, int controls);

    [LoggerMessage(9102, LogLevel.Warning, "Could not read Secure Score snapshots for tenant {TenantId} from Graph")]
    public static partial void SnapshotUnavailable(this ILogger logger, string tenantId, Exception error);

    [LoggerMessage(9103, LogLevel.Warning, "Secure Score context for {ActionId} left out: the control profiles could not be read")]
    public static partial void PostureWithoutProfile(this ILogger logger, string actionId);

    [LoggerMessage(9104, LogLevel.Information, "Secure Score context for {ActionId} shown without points now: no snapshot could be read")]
    public static partial void PostureWithoutPoints(this ILogger logger, string actionId);
}
