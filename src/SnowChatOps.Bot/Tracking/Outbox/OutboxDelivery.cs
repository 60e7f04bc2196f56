using System.Net;
using Microsoft.Bot.Schema;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Errors;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.Bot.Tracking.Cards;
using SnowChatOps.Bot.Tracking.Delivery;

namespace SnowChatOps.Bot.Tracking.Outbox;

/// <summary>
/// One attempt at one item. Teams failures come back as exceptions from <see cref="ProactiveMessenger.DeliverAsync"/>
/// (never through the turn error handler) and become a <see cref="DeliveryResult"/>: transient → retry, 403/404 → the
/// conversation is suspect and the notification goes to the ticket's own conversation, anything else → failed.
/// </summary>
internal sealed class OutboxDelivery(
    IConversationStore conversations, ProactiveMessenger messenger, TrackedTickets tracked, ServiceNowClient snow,
    TicketCardService cards, IEnumerable<ITicketChangeHandler> handlers, SuspectConversations suspects, TeamsRetryPolicy policy)
{
    public async Task<DeliveryResult> DeliverAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        try
        {
            return item.Work switch
            {
                OutboxWork.Notification => await NotifyAsync(item, cancellationToken),
                OutboxWork.CardRefresh => await RefreshCardAsync(item, cancellationToken),
                _ => await RunHandlerAsync(item, cancellationToken),
            };
        }
        catch (ErrorResponseException ex) when (ex.Response?.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            var reason = ex.Response.StatusCode == HttpStatusCode.Forbidden ? "forbidden" : "not-found";
            return item.Work == OutboxWork.Notification ? await suspects.RedirectAsync(item, reason, cancellationToken) : DeliveryResult.Failed(reason);
        }
        catch (ErrorResponseException ex) when (ex.Response is { } response && policy.IsTransient(response.StatusCode))
        {
            var reason = response.StatusCode == HttpStatusCode.TooManyRequests ? "throttled" : "http-" + (int)response.StatusCode;
            return DeliveryResult.Retry(reason, policy.DelayFor(ex, item.Attempts));
        }
        catch (ErrorResponseException ex)
        {
            return DeliveryResult.Failed("http-" + ((int?)ex.Response?.StatusCode ?? 0));
        }
        catch (HttpRequestException)
        {
            return DeliveryResult.Retry("network", policy.Backoff(item.Attempts));
        }
        catch (ServiceNowException ex)
        {
            return DeliveryResult.Retry("servicenow-" + ((int?)ex.StatusCode ?? 0), policy.Backoff(item.Attempts));
        }
    }

    private async Task<DeliveryResult> NotifyAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var conversation = await ProactiveTarget.FindAsync(conversations, item.TenantId, item.Target.ConversationId, cancellationToken);
        if (conversation is not { Active: true })
        {
            return await suspects.RedirectAsync(item, conversation is null ? "unknown-conversation" : "inactive", cancellationToken);
        }

        AdaptiveCard card;
        using (CultureScope.Use(item.Locale))
        {
            card = NotificationCard.Build(item.Number, item.FromName, item.ToName, item.UpdatedBy, item.Link is null ? null : new Uri(item.Link));
        }

        await messenger.DeliverAsync(conversation, (turn, ct) => turn.SendActivityAsync(card.ToActivity(), ct), cancellationToken);
        return DeliveryResult.Delivered;
    }

    private async Task<DeliveryResult> RefreshCardAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        if (await tracked.GetAsync(item.TenantId, item.Table, item.SysId, cancellationToken) is not { } ticket
            || await snow.GetTicketAsync(item.TenantId, item.Table, item.SysId, cancellationToken) is not { } live)
        {
            return DeliveryResult.Failed("ticket-gone");
        }

        await cards.RefreshAsync(ticket, live, cancellationToken);
        return DeliveryResult.Delivered;
    }

    private async Task<DeliveryResult> RunHandlerAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var handler = handlers.FirstOrDefault(h => h.GetType().FullName == item.Handler);
        if (handler is null || await tracked.GetAsync(item.TenantId, item.Table, item.SysId, cancellationToken) is not { } ticket)
        {
            return DeliveryResult.Failed(handler is null ? "handler-gone" : "ticket-gone");
        }

        await handler.OnChangedAsync(new Delivery.TicketChange(ticket, item.FromState, item.ToState, item.UpdatedBy, item.ChangeKey), cancellationToken);
        return DeliveryResult.Delivered;
    }
}
