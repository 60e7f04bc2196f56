using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Connection;
using SnowChatOps.Bot.Connection.Commands;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.Tracking.Store;

namespace SnowChatOps.Bot.Tracking.Commands;

/// <summary>"Stop notifications here" (admins): state changes go back to each ticket's own conversation.</summary>
internal sealed class NotificationsStopCommand(
    AdminGate gate, IConnectionStore connections, ITrackingStore store, NotificationsPresenter presenter, ILogger<NotificationsStopCommand> logger)
    : AdminConnectionCommand(gate, connections)
{
    public override string Name => TrackingVerbs.NotificationsStop;

    protected override async Task ExecuteAsync(ITurnContext turn, CommandInput input, ServiceNowConnection connection, CancellationToken cancellationToken)
    {
        var current = (await store.GetAsync(connection.TenantId, cancellationToken))?.NotificationConversationId;
        if (current != turn.Activity.Conversation.Id)
        {
            await presenter.ShowAsync(turn, connection, TrackingText.Notifications_NotHere, cancellationToken);
            return;
        }

        await store.SetNotificationConversationAsync(connection.TenantId, null, null, cancellationToken);
        logger.NotificationsTarget(connection.TenantId, "cleared");
        await presenter.ShowAsync(turn, connection, TrackingText.Notifications_Stopped, cancellationToken);
    }
}
