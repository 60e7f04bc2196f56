using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.SecureScore.Posture;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tickets.Actions;
using SnowChatOps.Bot.Tickets.Cards;
using SnowChatOps.Bot.Tickets.Store;

namespace SnowChatOps.Bot.Tickets;

/// <summary>
/// The one place a live ServiceNow record becomes the ticket's card, and the one place that card is posted or
/// refreshed: in the turn that created the ticket, or later (a state change) in the sharer's stored locale, updated
/// in place where Teams allows it and posted anew where it does not.
/// </summary>
internal sealed class TicketCardService(
    ServiceNowClient snow, TicketStateNames stateNames, ITrackedTicketStore store, IConversationStore conversations,
    ProactiveMessenger messenger, TicketActingFactory acting, ActionPostures postures, ILogger<TicketCardService> logger)
{
    /// <summary>
    /// The card everyone sees, in the current UI culture: with the action buttons (a non-responder's press is refused
    /// with a reason) and a refresh that gives each opener their own live view.
    /// </summary>
    public async Task<AdaptiveCard> CardAsync(TrackedTicket tracked, Ticket live, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tracked);
        ArgumentNullException.ThrowIfNull(live);
        return await CardAsync(tracked, live, await acting.CreateAsync(tracked.TenantId, live, buttons: true, [], cancellationToken), cancellationToken);
    }

    /// <summary>The card with a given acting part (one user's view after a press or a refresh).</summary>
    public async Task<AdaptiveCard> CardAsync(TrackedTicket tracked, Ticket live, TicketCardActing? actingPart, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tracked);
        ArgumentNullException.ThrowIfNull(live);
        var state = await stateNames.NameAsync(tracked.TenantId, live.Table, live.State, cancellationToken);
        var instance = await snow.GetInstanceAsync(tracked.TenantId, cancellationToken);
        var link = instance is null ? null : TicketLink.For(instance, live.Table, live.SysId);
        var due = live.DueDate is { } at ? DateOnly.FromDateTime(at.ToOffset(tracked.UtcOffset).DateTime) : (DateOnly?)null;
        var title = tracked.Title ?? live.ShortDescription ?? live.Number;
        var posture = await postures.FindAsync(tracked.TenantId, tracked.ActionId, cancellationToken);
        return TicketCard.Build(new TicketCardView(live, state, tracked.SharedBy, due, title, link) { Acting = actingPart, Posture = posture });
    }

    /// <summary>
    /// Posts the card as a new message in <paramref name="turn"/>'s conversation, or in the reply thread of it that
    /// <paramref name="tracked"/> names (a shared channel message's thread), and remembers where it is.
    /// </summary>
    public async Task<TrackedTicket> PostAsync(ITurnContext turn, TrackedTicket tracked, Ticket live, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var card = (await CardAsync(tracked, live, cancellationToken)).ToActivity();
        var postedId = IsOtherThread(turn, tracked.ConversationId)
            ? await messenger.SendAsync(ProactiveTarget.Aim(Here(turn, tracked), tracked.ConversationId), card, cancellationToken)
            : (await turn.SendActivityAsync(card, cancellationToken))?.Id;
        logger.CardPosted(tracked.Number);
        return await RememberAsync(tracked, postedId, cancellationToken);
    }

    /// <summary>Rebuilds the card in the sharer's locale and replaces it where it was shared (or posts it there anew).</summary>
    public async Task RefreshAsync(TrackedTicket tracked, Ticket live, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tracked);
        ArgumentNullException.ThrowIfNull(live);
        if (live.DueDate != tracked.DueAt)
        {
            tracked = tracked with { DueAt = live.DueDate }; // due-date reminders follow a due date moved in ServiceNow
            await store.SaveAsync(tracked, cancellationToken);
        }

        // A reply thread the bot never heard from itself (a shared message's thread) is reached through its channel.
        var conversation = await ProactiveTarget.FindAsync(conversations, tracked.TenantId, tracked.ConversationId, cancellationToken);
        if (conversation is not { Active: true })
        {
            logger.ConversationUnavailable(tracked.Number);
            return;
        }

        Activity activity;
        using (CultureScope.Use(tracked.Locale))
        {
            activity = (Activity)(await CardAsync(tracked, live, cancellationToken)).ToActivity();
        }

        string? postedId = null;
        await messenger.ContinueAsync(conversation, async (turn, ct) => postedId = await ReplaceOrPostAsync(turn, tracked, activity, ct), cancellationToken);
        if (postedId is not null)
        {
            await RememberAsync(tracked, postedId, cancellationToken);
        }
    }

    /// <returns>The id of a newly posted card, or null when the old one was updated in place.</returns>
    private async Task<string?> ReplaceOrPostAsync(ITurnContext turn, TrackedTicket tracked, Activity activity, CancellationToken cancellationToken)
    {
        if (tracked.CardActivityId is { Length: > 0 } cardId)
        {
            activity.Id = cardId;
            try
            {
                await turn.UpdateActivityAsync(activity, cancellationToken);
                logger.CardRefreshed(tracked.Number);
                return null;
            }
            // A throttled or transient failure (429, 412, 502-504) is not a deleted card: it goes to the caller (the
            // notification outbox retries the same update) instead of posting a second card.
            catch (ErrorResponseException ex) when (ex.Response?.StatusCode != HttpStatusCode.Forbidden && (int?)ex.Response?.StatusCode is not (412 or 429 or 502 or 503 or 504))
            {
                logger.CardReposted(tracked.Number, (int?)ex.Response?.StatusCode); // deleted, or a channel that cannot update
                activity.Id = null;
            }
        }

        return (await turn.SendActivityAsync(activity, cancellationToken))?.Id ?? string.Empty;
    }

    private static bool IsOtherThread(ITurnContext turn, string conversationId) =>
        turn.Activity.Conversation?.Id is { Length: > 0 } here && !string.Equals(here, conversationId, StringComparison.Ordinal)
        && string.Equals(ChannelRoot.Of(conversationId), ChannelRoot.Of(here), StringComparison.Ordinal);

    private static ConversationRecord Here(ITurnContext turn, TrackedTicket tracked) => new(
        tracked.TenantId, turn.Activity.Conversation.Id, turn.Activity.Conversation.ConversationType ?? "channel",
        null, turn.Activity.GetConversationReference(), Active: true, tracked.UpdatedAt);

    private async Task<TrackedTicket> RememberAsync(TrackedTicket tracked, string? cardId, CancellationToken cancellationToken)
    {
        if (cardId is not { Length: > 0 })
        {
            return tracked;
        }

        var placed = tracked with { CardActivityId = cardId };
        await store.SaveAsync(placed, cancellationToken);
        return placed;
    }
}
