using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Connection;
using SnowChatOps.Bot.Connection.Commands;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.Tracking.Subscriptions;

namespace SnowChatOps.Bot.Tracking.Commands;

/// <summary><c>notifications-stop</c> (admins): removes this conversation's subscription.</summary>
internal sealed class NotificationsStopCommand(
    AdminGate gate, IConnectionStore connections, SubscriptionEnrollment enrollment, NotificationsPresenter presenter, ILogger<NotificationsStopCommand> logger)
    : AdminConnectionCommand(gate, connections)
{
    public override string Name => TrackingVerbs.NotificationsStop;

    protected override async Task ExecuteAsync(ITurnContext turn, CommandInput input, ServiceNowConnection connection, CancellationToken cancellationToken)
    {
        if (!await enrollment.UnsubscribeHereAsync(turn, cancellationToken))
        {
            await presenter.ShowAsync(turn, connection, SubscriptionsText.Notice_NotSubscribed, true, cancellationToken);
            return;
        }

        logger.NotificationsTarget(connection.TenantId, "cleared");
        await presenter.ShowAsync(turn, connection, SubscriptionsText.Notice_Removed, cancellationToken);
    }
}
