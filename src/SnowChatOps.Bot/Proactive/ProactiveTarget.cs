using Microsoft.Bot.Schema;

namespace SnowChatOps.Bot.Proactive;

/// <summary>
/// The stored conversation to post a notification into. A channel root or a ticket's reply thread may never have
/// spoken to the bot itself (only the @mention's thread did), so a channel id falls back to any stored record of the
/// same channel, re-aimed at the wanted id with no reply-to activity (a post to <c>19:…</c> is a new top-level post,
/// one to <c>19:…;messageid=N</c> a reply in thread N).
/// </summary>
internal static class ProactiveTarget
{
    public static async Task<ConversationRecord?> FindAsync(IConversationStore store, string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (await store.GetAsync(tenantId, conversationId, cancellationToken) is { } exact)
        {
            return exact;
        }

        var root = ChannelRoot.Of(conversationId);
        var channel = root == conversationId ? null : await store.GetAsync(tenantId, root, cancellationToken);
        return channel is null ? null : Aim(channel, conversationId);
    }

    /// <summary>The same conversation record, aimed at <paramref name="conversationId"/> (a root or a thread of the same channel).</summary>
    public static ConversationRecord Aim(ConversationRecord record, string conversationId)
    {
        ArgumentNullException.ThrowIfNull(record);
        var from = record.Reference;
        var account = from.Conversation;
        var reference = new ConversationReference
        {
            ActivityId = null,
            Bot = from.Bot,
            ChannelId = from.ChannelId,
            ServiceUrl = from.ServiceUrl,
            Locale = from.Locale,
            Conversation = new ConversationAccount(account?.IsGroup, account?.ConversationType, conversationId, account?.Name, account?.AadObjectId, account?.Role, account?.TenantId),
        };
        return record with { ConversationId = conversationId, Reference = reference };
    }
}
