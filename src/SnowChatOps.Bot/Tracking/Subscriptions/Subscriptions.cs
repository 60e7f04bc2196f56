using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.Tracking.Store;
using SnowChatOps.Bot.Tracking.Subscriptions.Health;

namespace SnowChatOps.Bot.Tracking.Subscriptions;

/// <summary>
/// The entry point for a tenant's subscriptions. The pre-subscription "notifications conversation"
/// (<see cref="TenantTracking.NotificationConversationId"/>) reads as one unfiltered subscription with id
/// <see cref="Subscription.LegacyId"/>, and becomes a stored one on the first write (then the old setting is cleared).
/// One subscription per conversation: subscribing a conversation again edits its filters.
/// </summary>
internal sealed class Subscriptions(
    ISubscriptionStore store, ITrackingStore tracking, IConversationStore conversations, INotificationHealthStore health, TimeProvider time, ILogger<Subscriptions> logger)
{
    public async Task<IReadOnlyList<Subscription>> ListAsync(string tenantId, CancellationToken cancellationToken)
    {
        var stored = await store.ListAsync(tenantId, cancellationToken);
        return await LegacyAsync(tenantId, cancellationToken) is { } legacy && stored.All(s => s.ConversationId != legacy.ConversationId)
            ? [legacy, .. stored]
            : stored;
    }

    public async Task<Subscription?> FindAsync(string tenantId, string id, CancellationToken cancellationToken)
        => (await ListAsync(tenantId, cancellationToken)).FirstOrDefault(s => s.Id == id);

    /// <summary>Subscribes (or re-filters) the conversation; returns the stored subscription.</summary>
    public async Task<Subscription> SubscribeAsync(
        string tenantId, string conversationId, string conversationType, string? name, string? locale, SubscriptionFilter filter, CancellationToken cancellationToken)
    {
        var existing = await MigrateAsync(tenantId, cancellationToken);
        var root = ChannelRoot.Of(conversationId);
        var id = existing.FirstOrDefault(s => s.ConversationId == root)?.Id ?? NewId();
        var subscription = new Subscription(tenantId, id, root, conversationType, name, locale, filter);
        await store.SaveAsync(subscription, cancellationToken);
        logger.SubscriptionSaved(tenantId, id);
        return subscription;
    }

    /// <summary>Changes the filters of an existing subscription; null when it is gone.</summary>
    public async Task<Subscription?> UpdateAsync(string tenantId, string id, SubscriptionFilter filter, CancellationToken cancellationToken)
    {
        var current = (await MigrateAsync(tenantId, cancellationToken)).FirstOrDefault(s => s.Id == id || (id == Subscription.LegacyId && s.Legacy));
        if (current is null)
        {
            return null;
        }

        var updated = current.Subscription with { Filter = filter };
        await store.SaveAsync(updated, cancellationToken);
        logger.SubscriptionSaved(tenantId, updated.Id);
        return updated;
    }

    public async Task<bool> RemoveAsync(string tenantId, string id, CancellationToken cancellationToken)
    {
        var current = (await MigrateAsync(tenantId, cancellationToken)).FirstOrDefault(s => s.Id == id || (id == Subscription.LegacyId && s.Legacy));
        if (current is null || !await store.RemoveAsync(tenantId, current.Id, cancellationToken))
        {
            return false;
        }

        await health.ForgetAsync(tenantId, current.Id, cancellationToken);
        logger.SubscriptionRemoved(tenantId, current.Id);
        return true;
    }

    /// <summary>Removes the subscription of this conversation (its channel root); false when it had none.</summary>
    public async Task<bool> UnsubscribeAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        var root = ChannelRoot.Of(conversationId);
        var current = (await MigrateAsync(tenantId, cancellationToken)).FirstOrDefault(s => s.ConversationId == root);
        return current is not null && await RemoveAsync(tenantId, current.Id, cancellationToken);
    }

    // Before subscriptions, "notifications" in a channel stored the @mention's reply thread: read it as the channel.
    private async Task<Subscription?> LegacyAsync(string tenantId, CancellationToken cancellationToken)
    {
        if (await tracking.GetAsync(tenantId, cancellationToken) is not { NotificationConversationId: { } legacy } settings)
        {
            return null;
        }

        var type = (await conversations.GetAsync(tenantId, legacy, cancellationToken))?.ConversationType ?? (ChannelRoot.IsThread(legacy) ? "channel" : "personal");
        return new Subscription(tenantId, Subscription.LegacyId, ChannelRoot.Of(legacy), type, null, settings.NotificationLocale, SubscriptionFilter.None);
    }

    private async Task<List<Stored>> MigrateAsync(string tenantId, CancellationToken cancellationToken)
    {
        var stored = (await store.ListAsync(tenantId, cancellationToken)).Select(s => new Stored(s, false)).ToList();
        if (await LegacyAsync(tenantId, cancellationToken) is not { } legacy)
        {
            return stored;
        }

        var existing = stored.FirstOrDefault(s => s.Subscription.ConversationId == legacy.ConversationId);
        var migrated = existing?.Subscription ?? legacy with { Id = NewId() };
        if (existing is null)
        {
            await store.SaveAsync(migrated, cancellationToken);
            logger.LegacyMigrated(tenantId, migrated.Id);
        }

        await tracking.SetNotificationConversationAsync(tenantId, null, null, cancellationToken);
        return [.. stored.Where(s => s != existing), new Stored(migrated, true)];
    }

    // Time-ordered (list order = creation order) and unguessable enough that a forged card cannot name another row.
    private string NewId() => Guid.CreateVersion7(time.GetUtcNow()).ToString("N");

    private sealed record Stored(Subscription Subscription, bool Legacy)
    {
        public string Id => Subscription.Id;

        public string ConversationId => Subscription.ConversationId;
    }
}
