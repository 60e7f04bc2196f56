using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.Text;

namespace SnowChatOps.Bot.Tracking.Subscriptions;

/// <summary>
/// Subscribes the conversation an admin is in. In a channel the bot hears only the @mention, whose conversation is
/// that post's reply thread: the subscription binds the channel root, and the root is stored as a proactive target
/// (the same reference with the thread suffix and the reply-to id removed) so posts land in the channel itself.
/// </summary>
internal sealed class SubscriptionEnrollment(Subscriptions subscriptions, IConversationStore conversations, TimeProvider time)
{
    private const int MaxNameLength = 80;

    public async Task<Subscription> SubscribeHereAsync(ITurnContext turn, SubscriptionFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        var tenantId = activity.Conversation.TenantId;
        var type = activity.Conversation.ConversationType ?? "personal";
        var root = ChannelRoot.Of(activity.Conversation.Id);
        if (root != activity.Conversation.Id || await conversations.GetAsync(tenantId, root, cancellationToken) is null)
        {
            var user = type == "personal" ? activity.From?.AadObjectId : null;
            var record = new ConversationRecord(tenantId, activity.Conversation.Id, type, user, activity.GetConversationReference(), true, time.GetUtcNow());
            await conversations.SaveAsync(ProactiveTarget.Aim(record, root), cancellationToken);
        }

        var name = UserText.Clean(activity.Conversation.Name, MaxNameLength).ReplaceLineEndings(" ").Trim();
        return await subscriptions.SubscribeAsync(tenantId, root, type, name.Length == 0 ? null : name, CultureInfo.CurrentUICulture.Name, filter, cancellationToken);
    }

    public Task<bool> UnsubscribeHereAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return subscriptions.UnsubscribeAsync(turn.Activity.Conversation.TenantId, turn.Activity.Conversation.Id, cancellationToken);
    }
}
