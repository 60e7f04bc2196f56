using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SnowChatOps.Bot.Proactive;

/// <summary>
/// Remembers every conversation the bot is in (on install, and on messages at most once a day or when the
/// service URL moves), and forgets it on uninstall, so proactive posts go to places that still exist.
/// A conversation this instance checked in the last <see cref="RecheckAfter"/> costs no storage call at all
/// (<see cref="RecentCaptures"/>). A conversation marked suspect (Teams refused a send, 403/404) is saved active
/// again by the next message or install in it: the bot is evidently there. On the instance that marked it this is
/// immediate (the mark forgets the cached check); elsewhere within <see cref="RecheckAfter"/>. A message in a channel
/// thread revives the channel's root record too.
/// </summary>
internal sealed class ConversationCaptureMiddleware(IConversationStore store, ConversationState state, RecentCaptures recent, TimeProvider time)
    : Microsoft.Bot.Builder.IMiddleware
{
    public static readonly TimeSpan RecheckAfter = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan RefreshAfter = TimeSpan.FromDays(1);
    private readonly IStatePropertyAccessor<CaptureMark> mark = state.CreateProperty<CaptureMark>("captured");

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        var tenant = activity.Conversation?.TenantId;
        if (!string.IsNullOrEmpty(tenant) && !string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            if (activity.Type == ActivityTypes.InstallationUpdate && activity.Action is "remove" or "remove-upgrade")
            {
                recent.Forget(activity);
                await store.MarkInactiveAsync(tenant, activity.Conversation.Id, cancellationToken);
            }
            else if (activity.Type is ActivityTypes.Message or ActivityTypes.InstallationUpdate or ActivityTypes.ConversationUpdate or ActivityTypes.Invoke)
            {
                await CaptureAsync(turnContext, tenant, cancellationToken);
            }
        }

        await next(cancellationToken);
    }

    private async Task CaptureAsync(ITurnContext turn, string tenant, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var now = time.GetUtcNow();
        if (recent.IsFresh(activity, now, RecheckAfter))
        {
            return;
        }

        await ReactivateChannelAsync(turn, tenant, now, cancellationToken);
        var last = await mark.GetAsync(turn, () => new CaptureMark(), cancellationToken);
        if (last.ServiceUrl == activity.ServiceUrl && now - last.At < RefreshAfter
            && await store.GetAsync(tenant, activity.Conversation.Id, cancellationToken) is { Active: true })
        {
            recent.Remember(activity, new CaptureMark { At = now, ServiceUrl = activity.ServiceUrl });
            return;
        }

        var type = activity.Conversation.ConversationType ?? "personal";
        var user = type == "personal" ? activity.From?.AadObjectId : null;
        await store.SaveAsync(new ConversationRecord(tenant, activity.Conversation.Id, type, user, activity.GetConversationReference(), true, now), cancellationToken);
        var captured = new CaptureMark { At = now, ServiceUrl = activity.ServiceUrl };
        await mark.SetAsync(turn, captured, cancellationToken);
        recent.Remember(activity, captured);
    }

    // In a channel the bot hears only @mentions, whose id is a reply thread; notifications go to the channel's own
    // record (the root). A message in any thread shows the bot is still in the channel, so a suspect root is revived.
    private async Task ReactivateChannelAsync(ITurnContext turn, string tenant, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var id = turn.Activity.Conversation.Id;
        if (ChannelRoot.IsThread(id) && await store.GetAsync(tenant, ChannelRoot.Of(id), cancellationToken) is { Active: false } root)
        {
            await store.SaveAsync(root with { Active = true, UpdatedAt = now }, cancellationToken);
        }
    }
}
