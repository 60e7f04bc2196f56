using Microsoft.Bot.Schema;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Errors;
using SnowChatOps.Bot.Storage;
using SnowChatOps.Bot.Tickets;

namespace SnowChatOps.Bot.SecureScore.Reminders;

/// <summary>
/// Posts one reminder as a reply in the ticket card's thread, once: claimed first (scope <see cref="ClaimScope"/>, per
/// ticket, due date and kind), so restarts and several instances post it once. The live ticket is read first: a
/// ticket that is not open in ServiceNow (Resolved, Closed, Canceled) is not reminded, and one whose due date moved
/// is re-recorded and reminded for the new date. A failure to read ServiceNow or to send releases the claim.
/// After the overdue reminder the ticket leaves the due-date index.
/// </summary>
internal sealed class DueReminderPoster(
    TrackedTickets tickets, ServiceNowClient snow, IConversationStore conversations, ProactiveMessenger messenger, IIdempotencyStore claims,
    ILogger<DueReminderPoster> logger)
{
    public const string ClaimScope = "due-reminder";

    public async Task<bool> RemindAsync(TrackedTicket ticket, DateTimeOffset dueAt, ReminderKind kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var key = $"{ticket.TenantId}|{ticket.Table.ToTableName()}:{ticket.SysId}|{dueAt.UtcTicks}|{kind}";
        if (!await claims.TryClaimAsync(ClaimScope, key, cancellationToken))
        {
            logger.AlreadyReminded(ticket.Number, kind);
            await ForgetIfLastAsync(ticket, kind, cancellationToken);
            return false;
        }

        if (!await StillDueAsync(ticket, dueAt, cancellationToken))
        {
            await claims.ReleaseAsync(ClaimScope, key, cancellationToken);
            return false;
        }

        var sent = await SendAsync(ticket, dueAt, kind, cancellationToken);
        if (sent is null)
        {
            await claims.ReleaseAsync(ClaimScope, key, cancellationToken);
            return false;
        }

        await ForgetIfLastAsync(ticket, kind, cancellationToken);
        if (sent.Value)
        {
            logger.ReminderPosted(ticket.Number, kind);
        }

        return sent.Value;
    }

    private async Task<bool> StillDueAsync(TrackedTicket ticket, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        Ticket? live;
        try
        {
            live = await snow.GetTicketAsync(ticket.TenantId, ticket.Table, ticket.SysId, cancellationToken);
        }
        catch (ServiceNowException ex)
        {
            logger.ServiceNowUnavailable(ticket.Number, (int?)ex.StatusCode);
            return false;
        }

        if (live is null || TicketStates.Find(ticket.Table, live.State) is not { Open: true })
        {
            logger.NotOpen(ticket.Number, live?.State ?? "-");
            if (live is null || TicketStates.Ended(ticket.Table, live.State))
            {
                await tickets.ForgetDueAsync(ticket, cancellationToken);
            }

            return false;
        }

        if (live.DueDate != dueAt)
        {
            logger.DueMoved(ticket.Number);
            await tickets.TrackAsync(ticket with { DueAt = live.DueDate }, cancellationToken);
            return false;
        }

        return true;
    }

    /// <returns>True when posted; false when the conversation is gone (the claim stays); null when the send failed (retry).</returns>
    private async Task<bool?> SendAsync(TrackedTicket ticket, DateTimeOffset dueAt, ReminderKind kind, CancellationToken cancellationToken)
    {
        if (await conversations.GetAsync(ticket.TenantId, ticket.ConversationId, cancellationToken) is not { Active: true } conversation)
        {
            logger.ConversationUnavailable(ticket.Number);
            return false;
        }

        AdaptiveCard card;
        using (CultureScope.Use(ticket.Locale))
        {
            card = ReminderCard.Build(ticket, dueAt, kind);
        }

        try
        {
            return await messenger.SendAsync(TicketThread.Of(conversation, ticket.CardActivityId), card.ToActivity(), cancellationToken) is not null;
        }
        catch (Exception ex) when (ex is ErrorResponseException or HttpRequestException)
        {
            logger.SendFailed(ticket.Number, ex);
            return null;
        }
    }

    private Task ForgetIfLastAsync(TrackedTicket ticket, ReminderKind kind, CancellationToken cancellationToken) =>
        kind == ReminderKind.Overdue ? tickets.ForgetDueAsync(ticket, cancellationToken) : Task.CompletedTask;
}
