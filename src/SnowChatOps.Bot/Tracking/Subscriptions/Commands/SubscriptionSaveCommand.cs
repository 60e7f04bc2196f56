using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection;
using SnowChatOps.Bot.Connection.Commands;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.Tracking.Commands;

namespace SnowChatOps.Bot.Tracking.Subscriptions.Commands;

/// <summary>
/// The filter form's Save (admins): validated server-side (<see cref="SubscriptionForm.TryParse"/>); a value the form
/// does not offer is refused with one message and nothing is written. Without an argument it subscribes this
/// conversation (its channel root), with one it edits that subscription.
/// </summary>
internal sealed class SubscriptionSaveCommand(
    AdminGate gate, IConnectionStore connections, SubscriptionEnrollment enrollment, Subscriptions subscriptions, NotificationsPresenter presenter, ILogger<SubscriptionSaveCommand> logger)
    : AdminConnectionCommand(gate, connections)
{
    public override string Name => SubscriptionVerbs.Save;

    protected override async Task ExecuteAsync(ITurnContext turn, CommandInput input, ServiceNowConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        SubscriptionArg? arg = null;
        if (!SubscriptionForm.TryParse(input, out var filter) || (input.Argument.Length > 0 && !CardArg.TryRead(input.Argument, out arg)))
        {
            logger.FormRefused("invalid filter");
            await presenter.ShowAsync(turn, connection, SubscriptionsText.Notice_Invalid, true, cancellationToken);
            return;
        }

        if (arg is null)
        {
            await enrollment.SubscribeHereAsync(turn, filter, cancellationToken);
        }
        else if (await subscriptions.UpdateAsync(connection.TenantId, arg.Id, filter, cancellationToken) is null)
        {
            await presenter.ShowAsync(turn, connection, SubscriptionsText.Notice_Gone, true, cancellationToken);
            return;
        }

        await presenter.ShowAsync(turn, connection, SubscriptionsText.Notice_Saved, cancellationToken);
    }
}
