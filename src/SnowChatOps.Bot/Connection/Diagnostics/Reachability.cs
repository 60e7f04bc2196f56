namespace SnowChatOps.Bot.Connection.Diagnostics;

internal enum Reachability
{
    Reachable,
    Unreachable,
    IpBlocked,
}
