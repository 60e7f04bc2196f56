namespace SnowChatOps.Bot.Proactive;

/// <summary>
/// Teams names a channel reply thread <c>19:…@thread.tacv2;messageid=1234</c>; the channel itself is the id without
/// <c>;messageid=</c>. A proactive post to the bare id is a new top-level post, one to the suffixed id a reply in
/// that thread (Microsoft Learn, "Send proactive messages" / "Conversation basics: channel threads").
/// </summary>
internal static class ChannelRoot
{
    private const string MessageIdMarker = ";messageid=";

    public static string Of(string conversationId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var at = conversationId.IndexOf(MessageIdMarker, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? conversationId : conversationId[..at];
    }

    public static bool IsThread(string conversationId) => conversationId.Contains(MessageIdMarker, StringComparison.OrdinalIgnoreCase);

    public static string Thread(string root, string messageId) => Of(root) + MessageIdMarker + messageId;
}
