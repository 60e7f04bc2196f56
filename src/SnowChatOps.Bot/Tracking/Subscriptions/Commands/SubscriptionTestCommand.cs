using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection;
using SnowChatOps.Bot.Connection.Commands;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.Tracking.Commands;
using SnowChatOps.Bot.Tracking.Delivery;

namespace SnowChatOps.Bot.Tracking.Subscriptions.Commands;

/// <summary>"Send a test notification" (admins): a short card in the subscribed conversation, its outcome recorded in health.</summary>
internal sealed class SubscriptionTestCommand(
    AdminGate gate, IConnectionStore connections, Subscriptions subscriptions, IConversationStore conversations, ProactiveMessenger messenger,
    INotificationDeliveryLog deliveries, NotificationsPresenter presenter, ILogger<SubscriptionTestCommand> logger)
    : AdminConnectionCommand(gate, connections)
{
    /// <summary>What health shows as the "ticket" of a test notification.</summary>
    public const string TestTicket = "TEST";

    public override string Name => SubscriptionVerbs.Test;

    protected override async Task ExecuteAsync(ITurnContext turn, CommandInput input, ServiceNowConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var tenantId = connection.TenantId;
        var subscription = CardArg.TryRead<SubscriptionArg>(input.Argument, out var arg) ? await subscriptions.FindAsync(tenantId, arg.Id, cancellationToken) : null;
        if (subscription is null)
        {
            await presenter.ShowAsync(turn, connection, SubscriptionsText.Notice_Gone, true, cancellationToken);
            return;
        }

        var target = new NotificationTarget(subscription.ConversationId, subscription.Locale, subscription.Id);
        var reason = await SendAsync(tenantId, subscription, cancellationToken);
        if (reason is null)
        {
            await deliveries.DeliveredAsync(tenantId, target, TestTicket, cancellationToken);
        }
        else
        {
            await deliveries.FailedAsync(tenantId, target, TestTicket, reason, cancellationToken);
        }

        logger.TestSent(subscription.Id, reason ?? "delivered");
        var notice = reason is null ? SubscriptionsText.Notice_TestSent : Cards.SubscriptionText.Format(SubscriptionsText.Notice_TestFailed, Cards.SubscriptionText.Reason(reason));
        await presenter.ShowAsync(turn, connection, notice, reason is not null, cancellationToken);
    }

    /// <returns>Null when posted, else the failure's reason code.</returns>
    private async Task<string?> SendAsync(string tenantId, Subscription subscription, CancellationToken cancellationToken)
    {
        var conversation = await ProactiveTarget.FindAsync(conversations, tenantId, subscription.ConversationId, cancellationToken);
        if (conversation is not { Active: true })
        {
            return "not-found";
        }

        AdaptiveCard card;
        using (CultureScope.Use(subscription.Locale))
        {
            card = new AdaptiveCard([new TextBlock(SubscriptionsText.Test_Text) { Weight = "Bolder" }]);
        }

        return await messenger.SendAsync(conversation, card.ToActivity(), cancellationToken) is null ? "forbidden" : null;
    }
}
