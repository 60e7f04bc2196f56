namespace SnowChatOps.Bot.Connection.Diagnostics;

internal enum CheckOutcome
{
    Passed,
    Warning,
    Failed,
    Info,
}
