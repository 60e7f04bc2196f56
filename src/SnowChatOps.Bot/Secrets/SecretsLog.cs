namespace SnowChatOps.Bot.Secrets;

internal static partial class SecretsLog
{
    [LoggerMessage(14001, LogLevel.Error, "The Data Protection key ring cannot be used (storage unreachable or protection certificate missing)")]
    public static partial void KeyRingUnusable(this ILogger logger, Exception error);

    [LoggerMessage(14002, LogLevel.Error, "{Count} key ring key(s) cannot be decrypted: the protection certificate that wrote them is not configured on this instance")]
    public static partial void KeysUnreadable(this ILogger logger, int count);
}
