using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection;
using SnowChatOps.Bot.Connection.Commands;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.Tracking.Commands;

namespace SnowChatOps.Bot.Tracking.Subscriptions.Commands;

/// <summary>"Remove" on a subscription (admins).</summary>
internal sealed class SubscriptionRemoveCommand(AdminGate gate, IConnectionStore connections, Subscriptions subscriptions, NotificationsPresenter presenter)
    : AdminConnectionCommand(gate, connections)
{
    public override string Name => SubscriptionVerbs.Remove;

    protected override async Task ExecuteAsync(ITurnContext turn, CommandInput input, ServiceNowConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var removed = CardArg.TryRead<SubscriptionArg>(input.Argument, out var arg) && await subscriptions.RemoveAsync(connection.TenantId, arg.Id, cancellationToken);
        await presenter.ShowAsync(turn, connection, removed ? SubscriptionsText.Notice_Removed : SubscriptionsText.Notice_Gone, !removed, cancellationToken);
    }
}
