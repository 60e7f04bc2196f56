namespace SnowChatOps.Bot.Tracking.Subscriptions.Health;

/// <summary>Notification health per tenant: last outcomes per target key and the tenant's change sources.</summary>
internal interface INotificationHealthStore
{
    Task<NotificationHealth> GetAsync(string tenantId, CancellationToken cancellationToken);

    Task DeliveredAsync(string tenantId, string key, DateTimeOffset at, string ticketNumber, CancellationToken cancellationToken);

    Task FailedAsync(string tenantId, string key, DateTimeOffset at, string reason, CancellationToken cancellationToken);

    Task WebhookReceivedAsync(string tenantId, DateTimeOffset at, CancellationToken cancellationToken);

    Task PolledAsync(string tenantId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>A poll was the first to see a change (the webhook had not delivered it).</summary>
    Task PollFoundFirstAsync(string tenantId, DateTimeOffset at, CancellationToken cancellationToken);

    Task ForgetAsync(string tenantId, string key, CancellationToken cancellationToken);
}
