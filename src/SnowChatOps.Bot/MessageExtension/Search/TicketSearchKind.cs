namespace SnowChatOps.Bot.MessageExtension.Search;

internal enum TicketSearchKind
{
    Recent,
    Number,
    Words,
}
