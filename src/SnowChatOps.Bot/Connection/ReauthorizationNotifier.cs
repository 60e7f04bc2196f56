using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection.Cards;
using SnowChatOps.Bot.Proactive;

namespace SnowChatOps.Bot.Connection;

/// <summary>
/// When ServiceNow stops honouring the refresh token: the connection is marked as needing authorization and the
/// conversation where it was made gets ONE card with Authorize — not one per failed call.
/// </summary>
internal sealed class ReauthorizationNotifier(
    IConnectionStore store, IConversationStore conversations, ProactiveMessenger messenger, TimeProvider time, ILogger<ReauthorizationNotifier> logger)
{
    public async Task MarkAndNotifyAsync(string tenantId, string reason, CancellationToken cancellationToken)
    {
        var notify = false;
        var updated = await store.UpdateAsync(tenantId, current =>
        {
            notify = current.ReauthorizationNotifiedAt is null;
            return current is { Status: ConnectionStatus.NeedsAuthorization, ReauthorizationNotifiedAt: not null }
                ? current
                : current with { Status = ConnectionStatus.NeedsAuthorization, StatusReason = reason, ReauthorizationNotifiedAt = current.ReauthorizationNotifiedAt ?? time.GetUtcNow() };
        }, cancellationToken);
        if (updated is null || !notify)
        {
            return;
        }

        logger.NeedsReauthorization(tenantId, reason);
        var target = updated.ConversationId is null ? null : await conversations.GetAsync(tenantId, updated.ConversationId, cancellationToken);
        if (target is { Active: true })
        {
            await messenger.ContinueAsync(target, (turn, ct) => turn.SendActivityAsync(ResultCards.NeedsAuthorization(updated.InstanceUrl).ToActivity(), ct), cancellationToken);
        }
    }
}
