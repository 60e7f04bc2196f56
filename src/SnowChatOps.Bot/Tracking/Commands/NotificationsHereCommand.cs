using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Connection;
using SnowChatOps.Bot.Connection.Commands;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.Tracking.Subscriptions;

namespace SnowChatOps.Bot.Tracking.Commands;

/// <summary><c>notifications-here</c> (admins): subscribes this conversation (its channel root in a channel) with no filter.</summary>
internal sealed class NotificationsHereCommand(
    AdminGate gate, IConnectionStore connections, SubscriptionEnrollment enrollment, NotificationsPresenter presenter, ILogger<NotificationsHereCommand> logger)
    : AdminConnectionCommand(gate, connections)
{
    public override string Name => TrackingVerbs.NotificationsHere;

    protected override async Task ExecuteAsync(ITurnContext turn, CommandInput input, ServiceNowConnection connection, CancellationToken cancellationToken)
    {
        await enrollment.SubscribeHereAsync(turn, SubscriptionFilter.None, cancellationToken);
        logger.NotificationsTarget(connection.TenantId, "set");
        await presenter.ShowAsync(turn, connection, SubscriptionsText.Notice_Subscribed, cancellationToken);
    }
}
