using Microsoft.Extensions.DependencyInjection.Extensions;
using SnowChatOps.Bot.Tracking.Delivery;

namespace SnowChatOps.Bot.Tracking.Outbox;

internal static class OutboxRegistration
{
    /// <summary>
    /// The durable notification outbox, its sender and sweep. The router and the delivery log are defaults
    /// (<c>TryAdd</c>): a feature that registers its own (subscriptions, notification health) wins.
    /// </summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services)
    {
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<INotificationRouter, DefaultNotificationRouter>();
        services.TryAddSingleton<INotificationDeliveryLog, LoggingDeliveryLog>();
        services.AddSingleton<IOutboxStore, TableOutboxStore>();
        services.AddSingleton<TeamsRetryPolicy>();
        services.AddSingleton<ConversationPacer>();
        services.AddSingleton<AdminNotice>();
        services.AddSingleton<SuspectConversations>();
        services.AddSingleton<OutboxDelivery>();
        services.AddSingleton<OutboxSender>();
        services.AddSingleton<OutboxWriter>();
        services.AddHostedService<OutboxSendingService>();
        return services;
    }
}
