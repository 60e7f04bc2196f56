namespace SnowChatOps.Bot.SecureScore.Digest;

internal static partial class DigestLog
{
    [LoggerMessage(9341, LogLevel.Information, "Daily digest of tenant {TenantId} posted to a {ConversationType} conversation")]
    public static partial void DigestPosted(this ILogger logger, string tenantId, string conversationType);

    [LoggerMessage(9342, LogLevel.Debug, "Daily digest of tenant {TenantId} skipped today: nothing to say")]
    public static partial void NothingToSay(this ILogger logger, string tenantId);

    [LoggerMessage(9343, LogLevel.Debug, "Daily digest of tenant {TenantId} deferred: quiet hours")]
    public static partial void Deferred(this ILogger logger, string tenantId);

    [LoggerMessage(9344, LogLevel.Warning, "Daily digest of tenant {TenantId} not posted to a subscribed conversation the bot no longer reaches")]
    public static partial void ConversationUnavailable(this ILogger logger, string tenantId);

    [LoggerMessage(9345, LogLevel.Warning, "Daily digest of tenant {TenantId} failed to send; the next cycle tries again")]
    public static partial void SendFailed(this ILogger logger, string tenantId, Exception error);

    [LoggerMessage(9346, LogLevel.Error, "Daily digest cycle failed")]
    public static partial void CycleFailed(this ILogger logger, Exception error);
}
