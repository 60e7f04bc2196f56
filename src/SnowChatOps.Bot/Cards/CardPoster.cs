using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SnowChatOps.Bot.Cards;

/// <summary>
/// Shows a card as the answer to a button press: replaces the card that was pressed (so a multi-step flow stays one
/// card in the chat) and falls back to a new message where the channel cannot update.
/// </summary>
internal static class CardPoster
{
    public static async Task ReplaceOrSendAsync(this ITurnContext turn, AdaptiveCard card, CancellationToken cancellationToken)
    {
        var activity = (Activity)card.ToActivity();
        var pressed = turn.Activity.ReplyToId;
        if (!string.IsNullOrEmpty(pressed) && turn.Activity.Value is not null)
        {
            activity.Id = pressed;
            try
            {
                await turn.UpdateActivityAsync(activity, cancellationToken);
                return;
            }
            catch (ErrorResponseException)
            {
                activity.Id = null;
            }
        }

        await turn.SendActivityAsync(activity, cancellationToken);
    }
}
