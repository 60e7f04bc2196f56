namespace SnowChatOps.Bot.Tracking.Subscriptions;

/// <summary>A tenant's notification subscriptions (any number; one per conversation).</summary>
internal interface ISubscriptionStore
{
    /// <summary>The tenant's subscriptions, oldest first (ids are time-ordered).</summary>
    Task<IReadOnlyList<Subscription>> ListAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>Adds or replaces the subscription with this id.</summary>
    Task SaveAsync(Subscription subscription, CancellationToken cancellationToken);

    /// <returns>False when there was no such subscription.</returns>
    Task<bool> RemoveAsync(string tenantId, string id, CancellationToken cancellationToken);
}
