namespace SnowChatOps.Bot.Tracking.Subscriptions;

/// <summary>Subscriptions and notification health logging (EventIds 3300-3399). Ids and fixed codes only, never names or free text.</summary>
internal static partial class SubscriptionsLog
{
    [LoggerMessage(3300, LogLevel.Information, "Tenant {TenantId} subscription {SubscriptionId} saved")]
    public static partial void SubscriptionSaved(this ILogger logger, string tenantId, string subscriptionId);

    [LoggerMessage(3301, LogLevel.Information, "Tenant {TenantId} subscription {SubscriptionId} removed")]
    public static partial void SubscriptionRemoved(this ILogger logger, string tenantId, string subscriptionId);

    [LoggerMessage(3302, LogLevel.Information, "Tenant {TenantId} legacy notifications conversation migrated to subscription {SubscriptionId}")]
    public static partial void LegacyMigrated(this ILogger logger, string tenantId, string subscriptionId);

    [LoggerMessage(3303, LogLevel.Warning, "Subscription form refused: {Reason}")]
    public static partial void FormRefused(this ILogger logger, string reason);

    [LoggerMessage(3304, LogLevel.Warning, "Notification of {Number} to {Target} failed: {Reason}")]
    public static partial void DeliveryFailed(this ILogger logger, string number, string target, string reason);

    [LoggerMessage(3305, LogLevel.Information, "Test notification to subscription {SubscriptionId}: {Outcome}")]
    public static partial void TestSent(this ILogger logger, string subscriptionId, string outcome);
}
