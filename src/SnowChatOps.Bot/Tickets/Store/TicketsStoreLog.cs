namespace SnowChatOps.Bot.Tickets.Store;

/// <summary>Tickets store logging (EventIds 11200-11299). Counts only.</summary>
internal static partial class TicketsStoreLog
{
    [LoggerMessage(11200, LogLevel.Information, "Tracked tickets: {Moved} ended tickets moved out of the hot set, {Tenants} tenants indexed (one-time upgrade)")]
    public static partial void HotSetUpgraded(this ILogger logger, int moved, int tenants);
}
