using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Connection;
using SnowChatOps.Bot.Connection.Commands;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.Tracking.Store;

namespace SnowChatOps.Bot.Tracking.Commands;

/// <summary>"Send ticket state changes here" (admins): this conversation becomes the tenant's notifications conversation.</summary>
internal sealed class NotificationsHereCommand(
    AdminGate gate, IConnectionStore connections, ITrackingStore store, NotificationsPresenter presenter, ILogger<NotificationsHereCommand> logger)
    : AdminConnectionCommand(gate, connections)
{
    public override string Name => TrackingVerbs.NotificationsHere;

    protected override async Task ExecuteAsync(ITurnContext turn, CommandInput input, ServiceNowConnection connection, CancellationToken cancellationToken)
    {
        await store.SetNotificationConversationAsync(connection.TenantId, turn.Activity.Conversation.Id, NotificationsPresenter.CurrentLocale, cancellationToken);
        logger.NotificationsTarget(connection.TenantId, "set");
        await presenter.ShowAsync(turn, connection, TrackingText.Notifications_Set, cancellationToken);
    }
}
