using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Connection.Diagnostics;
using SnowChatOps.Bot.Tracking.Subscriptions.Cards;
using SnowChatOps.Bot.Tracking.Delivery;
using SnowChatOps.Bot.Tracking.Subscriptions.Commands;
using SnowChatOps.Bot.Tracking.Subscriptions.Health;

namespace SnowChatOps.Bot.Tracking.Subscriptions;

internal static class SubscriptionsRegistration
{
    /// <summary>
    /// Subscriptions with filters and notification health: the router and the delivery log of
    /// <see cref="Delivery"/> (plain <c>AddSingleton</c>, so they replace the defaults registered with <c>TryAdd</c>),
    /// their stores and the notifications card's buttons. Needs storage, proactive messaging, Tickets/ (state names)
    /// and SecureScore/ (the action catalog, for category filters).
    /// </summary>
    public static IServiceCollection AddSubscriptions(this IServiceCollection services)
    {
        services.AddSingleton<ISubscriptionStore, TableSubscriptionStore>();
        services.AddSingleton<INotificationHealthStore, TableNotificationHealthStore>();
        services.AddSingleton<Subscriptions>();
        services.AddSingleton<SubscriptionEnrollment>();
        services.AddSingleton<SubscriptionsOverview>();
        services.AddSingleton<NotificationSources>();
        services.AddSingleton<INotificationRouter, SubscriptionRouter>();
        services.AddSingleton<INotificationDeliveryLog, NotificationDeliveryHealth>();
        services.AddSingleton<IDiagnoseSection, NotificationsDiagnoseSection>();
        return services
            .AddChatCommand<SubscriptionFormCommand>(SubscriptionVerbs.Form)
            .AddChatCommand<SubscriptionSaveCommand>(SubscriptionVerbs.Save)
            .AddChatCommand<SubscriptionRemoveCommand>(SubscriptionVerbs.Remove)
            .AddChatCommand<SubscriptionTestCommand>(SubscriptionVerbs.Test);
    }
}
