using Microsoft.Bot.Schema;
using SnowChatOps.Bot.Proactive;

namespace SnowChatOps.Bot.SecureScore;

/// <summary>Where a message about one ticket goes: a reply in its card's thread.</summary>
internal static class TicketThread
{
    /// <summary>
    /// In a channel, Teams threads a proactive message by the root message's id in the conversation id
    /// (";messageid="); chats have no threads, so the reply goes to the chat itself.
    /// </summary>
    public static ConversationRecord Of(ConversationRecord conversation, string? cardId)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        if (conversation.ConversationType != "channel" || cardId is not { Length: > 0 })
        {
            return conversation;
        }

        var source = conversation.Reference;
        var reference = new ConversationReference
        {
            ActivityId = source.ActivityId, User = source.User, Bot = source.Bot, ChannelId = source.ChannelId, ServiceUrl = source.ServiceUrl, Locale = source.Locale,
            Conversation = new ConversationAccount
            {
                IsGroup = source.Conversation.IsGroup, ConversationType = source.Conversation.ConversationType, Name = source.Conversation.Name,
                TenantId = source.Conversation.TenantId, Id = ChannelRoot.Thread(source.Conversation.Id, cardId),
            },
        };
        return conversation with { Reference = reference };
    }
}
