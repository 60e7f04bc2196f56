namespace SnowChatOps.Bot.Hosting.IdleTrim;

internal static partial class IdleTrimLog
{
    [LoggerMessage(15001, LogLevel.Debug, "Idle: GC memory trimmed, committed {BeforeMb} MB -> {AfterMb} MB")]
    public static partial void Trimmed(this ILogger logger, long beforeMb, long afterMb);
}
