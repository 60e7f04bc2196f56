using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection;
using SnowChatOps.Bot.Connection.Commands;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.Bot.Tracking.Commands;
using SnowChatOps.Bot.Tracking.Subscriptions.Cards;

namespace SnowChatOps.Bot.Tracking.Subscriptions.Commands;

/// <summary>"Subscribe this conversation" / "Edit" (admins): the filter form, for this conversation or the subscription named by the card.</summary>
internal sealed class SubscriptionFormCommand(
    AdminGate gate, IConnectionStore connections, Subscriptions subscriptions, TicketStateNames stateNames, NotificationsPresenter presenter)
    : AdminConnectionCommand(gate, connections)
{
    public override string Name => SubscriptionVerbs.Form;

    protected override async Task ExecuteAsync(ITurnContext turn, CommandInput input, ServiceNowConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        Subscription? editing = null;
        if (input.Argument.Length > 0)
        {
            editing = CardArg.TryRead<SubscriptionArg>(input.Argument, out var arg) ? await subscriptions.FindAsync(connection.TenantId, arg.Id, cancellationToken) : null;
            if (editing is null)
            {
                await presenter.ShowAsync(turn, connection, SubscriptionsText.Notice_Gone, cancellationToken);
                return;
            }
        }

        var names = await stateNames.ForTenantAsync(connection.TenantId, cancellationToken);
        await turn.ReplaceOrSendAsync(SubscriptionFormCard.Build(editing, names), cancellationToken);
    }
}
