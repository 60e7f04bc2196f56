using Microsoft.Bot.Schema;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.Sharing;
using SnowChatOps.Bot.Sharing.Cards;
using SnowChatOps.Bot.Sharing.Submission;

namespace SnowChatOps.Bot.Tracking.Changes;

/// <summary>Replaces the ticket card where the ticket was shared with one showing the new state (Sharing's ticket card).</summary>
internal sealed class TicketCardUpdater(IConversationStore conversations, ProactiveMessenger messenger, ILogger<TicketCardUpdater> logger)
{
    public async Task UpdateAsync(ChangeContext change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var tracked = change.Tracked;
        if (tracked.CardActivityId is not { Length: > 0 } cardId || change.Live is not { } live)
        {
            return;
        }

        var conversation = await conversations.GetAsync(tracked.TenantId, tracked.ConversationId, cancellationToken);
        if (conversation is not { Active: true })
        {
            logger.ConversationUnavailable(tracked.Number);
            return;
        }

        var activity = (Activity)Build(change, live).ToActivity();
        activity.Id = cardId;
        await messenger.ContinueAsync(conversation, async (turn, ct) =>
        {
            try
            {
                await turn.UpdateActivityAsync(activity, ct);
            }
            catch (ErrorResponseException ex) when (ex.Response?.StatusCode != System.Net.HttpStatusCode.Forbidden)
            {
                logger.CardUpdateFailed(tracked.Number, (int?)ex.Response?.StatusCode); // deleted message, or a channel that cannot update
            }
        }, cancellationToken);
    }

    private static AdaptiveCard Build(ChangeContext change, ServiceNow.Ticket live)
    {
        var submission = change.Submission;
        using var culture = CultureScope.Use(submission?.Locale);
        var offset = submission?.UtcOffset ?? TimeSpan.Zero;
        var due = live.DueDate is { } at ? UserCalendar.DayOf(at, offset) : (DateOnly?)null;
        var title = submission?.Form.Name ?? live.ShortDescription ?? live.Number;
        var view = new TicketCardView(CreatedTicket.From(live), change.StateName(live.Table, live.State), submission?.SharedBy ?? "-", due, title, change.Link);
        return TicketCard.Build(view);
    }
}
