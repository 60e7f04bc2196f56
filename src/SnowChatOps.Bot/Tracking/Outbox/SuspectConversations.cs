using SnowChatOps.Bot.Proactive;

namespace SnowChatOps.Bot.Tracking.Outbox;

/// <summary>
/// A conversation that refused the bot (403/404) is marked suspect, not dead: the next message or install in it
/// reactivates it (<see cref="ConversationCaptureMiddleware"/>). Its notification is re-written as a new item for
/// the ticket's own conversation (unless that is the one failing, then it is failed), and the admins are told once
/// per suspect episode: only the caller whose mark moved the conversation from active to suspect tells them.
/// </summary>
internal sealed class SuspectConversations(IConversationStore conversations, IOutboxStore outbox, AdminNotice notice, TimeProvider time, ILogger<SuspectConversations> logger)
{
    public async Task<DeliveryResult> RedirectAsync(OutboxItem item, string reason, CancellationToken cancellationToken)
    {
        var target = item.Target.ConversationId;
        if (reason is "forbidden" or "not-found" && await StoredAsync(item.TenantId, target, cancellationToken) is { } record
            && await conversations.MarkSuspectAsync(item.TenantId, record.ConversationId, cancellationToken))
        {
            logger.ConversationSuspect(record.ConversationType, reason);
            await notice.TellAsync(item.TenantId, record.ConversationType, reason, item.Locale, cancellationToken);
        }

        if (target == item.OwnConversationId)
        {
            return DeliveryResult.Failed(reason);
        }

        var fallback = item with
        {
            ItemId = "fallback:" + item.OwnConversationId,
            ConversationId = item.OwnConversationId,
            Locale = item.OwnLocale,
            SubscriptionId = null,
            Attempts = 0,
            DueAt = time.GetUtcNow(),
            Version = null,
        };
        return DeliveryResult.Redirected(reason, await outbox.AddAsync(fallback, cancellationToken));
    }

    // A reply thread of a channel has no record of its own: the channel's record is the one to mark.
    private async Task<ConversationRecord?> StoredAsync(string tenantId, string conversationId, CancellationToken cancellationToken) =>
        await conversations.GetAsync(tenantId, conversationId, cancellationToken)
        ?? (ChannelRoot.IsThread(conversationId) ? await conversations.GetAsync(tenantId, ChannelRoot.Of(conversationId), cancellationToken) : null);
}
