using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Options;
using SnowChatOps.Bot.MessageExtension.Cards;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.Sharing;

namespace SnowChatOps.Bot.MessageExtension;

/// <summary>
/// <c>composeExtension/fetchTask</c> for "Share to ServiceNow": the ticket form prefilled from the message, with a
/// correlation id minted now so that every submit of this dialog (a double click, a retried invoke) is the same
/// submission; or, when the tenant has no usable connection, a card that says so instead of the form.
/// </summary>
internal sealed class MessageShareDialog(
    ServiceNow.ServiceNowClient snow, IOptions<SharingOptions> options, TimeProvider time, ILogger<MessageShareDialog> logger)
{
    public async Task<MessagingExtensionActionResponse> OpenAsync(ITurnContext turn, MessageActionsPayload? message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await snow.GetInstanceAsync(SharingTurn.TenantId(turn), cancellationToken) is null)
        {
            logger.NotConnected();
            return TaskModules.Card(SharingText.Form_Title, DialogCards.NotConnected());
        }

        var today = UserCalendar.For(turn, time).Today;
        var values = MessagePrefill.For(message, SharingTurn.UserName(turn), today.AddDays(options.Value.DefaultDueInDays));
        var view = new MessageShareFormView(ShareArg.NewCorrelationId(), values, today, []);
        logger.DialogOpened(view.CorrelationId);
        return TaskModules.Card(SharingText.Form_Title, MessageShareFormCard.Build(view));
    }
}
