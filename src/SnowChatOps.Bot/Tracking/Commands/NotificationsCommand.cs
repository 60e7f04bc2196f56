using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Connection;
using SnowChatOps.Bot.Connection.Commands;

namespace SnowChatOps.Bot.Tracking.Commands;

/// <summary><c>notifications</c> (admins): where state changes go, and the webhook URL and secret for ServiceNow.</summary>
internal sealed class NotificationsCommand(AdminGate gate, IConnectionStore connections, NotificationsPresenter presenter)
    : AdminConnectionCommand(gate, connections)
{
    public override string Name => TrackingVerbs.Notifications;

    protected override Task ExecuteAsync(ITurnContext turn, CommandInput input, ServiceNowConnection connection, CancellationToken cancellationToken)
        => presenter.ShowAsync(turn, connection, null, cancellationToken);
}
