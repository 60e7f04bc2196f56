using SnowChatOps.Bot.Hosting;
using SnowChatOps.Bot.Tracking.Delivery;

namespace SnowChatOps.Bot.Tracking.Outbox;

internal static class OutboxRegistration
{
    /// <summary>
    /// The durable notification outbox, its sender and sweep. Who hears about a change (<see cref="INotificationRouter"/>)
    /// and where outcomes are recorded (<see cref="INotificationDeliveryLog"/>) come from Subscriptions.
    /// </summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services)
    {
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IOutboxStore, TableOutboxStore>();
        services.AddSingleton<TeamsRetryPolicy>();
        services.AddSingleton<ConversationPacer>();
        services.AddSingleton<AdminNotice>();
        services.AddSingleton<SuspectConversations>();
        services.AddSingleton<OutboxDelivery>().AddDeferred<OutboxDelivery>();
        services.AddSingleton<OutboxSender>();
        services.AddSingleton<OutboxWriter>();
        services.AddDeferred<OutboxSender>().AddHostedService<OutboxSendingService>();
        return services;
    }
}
