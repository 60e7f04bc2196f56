using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema.Teams;
using SnowChatOps.Bot.Proactive;

namespace SnowChatOps.Bot.MessageExtension;

/// <summary>
/// Where a ticket shared from a message belongs: the message's reply thread. A message action on a channel post may
/// arrive on the channel itself (the Agents Playground sends the channel id); posting there would start a new
/// top-level post away from the message. Chats have no threads, and an invoke already on a thread stays there.
/// </summary>
internal static class MessageThread
{
    public static string Of(ITurnContext turn, MessageActionsPayload? message)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var conversation = turn.Activity.Conversation;
        var id = conversation?.Id ?? string.Empty;
        var root = message?.ReplyToId is { Length: > 0 } parent ? parent : message?.Id;
        return string.Equals(conversation?.ConversationType, "channel", StringComparison.OrdinalIgnoreCase)
            && !ChannelRoot.IsThread(id) && id.Length > 0 && root is { Length: > 0 }
            ? ChannelRoot.Thread(id, root)
            : id;
    }
}
