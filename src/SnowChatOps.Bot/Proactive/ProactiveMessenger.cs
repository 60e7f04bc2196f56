using System.Net;
using System.Runtime.ExceptionServices;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Bot;

namespace SnowChatOps.Bot.Proactive;

/// <summary>
/// The one seam for speaking first: continues a stored conversation and runs <paramref name="callback"/> in it.
/// A failed send is the caller's exception, never the turn error handler's: the adapter runs a proactive callback
/// through its turn pipeline, whose error handler would post "sorry" into the conversation and swallow the failure.
/// </summary>
internal sealed class ProactiveMessenger(
    BotAdapter adapter, IOptions<BotOptions> bot, IConversationStore store, RecentCaptures recent, TimeProvider time, ILogger<ProactiveMessenger> logger)
{
    /// <summary>
    /// Runs <paramref name="callback"/> in the conversation; a Bot Connector failure (<see cref="ErrorResponseException"/>,
    /// network) is thrown to the caller, who decides on retries (the notification outbox does).
    /// </summary>
    public async Task DeliverAsync(ConversationRecord target, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ExceptionDispatchInfo? failure = null;
        await adapter.ContinueConversationAsync(bot.Value.MicrosoftAppId ?? string.Empty, target.Reference, async (turn, ct) =>
        {
            try
            {
                await callback(turn, ct);
            }
            catch (Exception ex) when (ex is ErrorResponseException or HttpRequestException)
            {
                failure = ExceptionDispatchInfo.Capture(ex); // carried past the pipeline's error handler, rethrown below
            }
        }, cancellationToken);
        failure?.Throw();
        logger.Sent(target.ConversationType);
    }

    /// <summary>
    /// <see cref="DeliverAsync"/> for one-off sends: a conversation that refuses the bot (403, or 404 once it is gone)
    /// is marked suspect (reactivated by the next message in it) and false is returned; other failures are thrown.
    /// </summary>
    public async Task<bool> ContinueAsync(ConversationRecord target, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        try
        {
            await DeliverAsync(target, callback, cancellationToken);
            return true;
        }
        catch (ErrorResponseException ex) when (ex.Response?.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            await MarkSuspectAsync(target, cancellationToken);
            return false;
        }
    }

    /// <summary>Marks the conversation suspect; true when this call did (the first to see it refuse the bot).</summary>
    public async Task<bool> MarkSuspectAsync(ConversationRecord target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        logger.ConversationGone(target.ConversationType);
        recent.Forget(target.Reference.ChannelId, target.ConversationId); // this instance's next message in it re-checks
        return await store.MarkSuspectAsync(target.TenantId, target.ConversationId, cancellationToken);
    }

    /// <summary>Posts one message; returns the new activity's id, or null when the conversation is gone.</summary>
    public async Task<string?> SendAsync(ConversationRecord target, IActivity message, CancellationToken cancellationToken)
    {
        string? id = null;
        var sent = await ContinueAsync(target, async (turn, ct) => id = (await turn.SendActivityAsync(message, ct))?.Id, cancellationToken);
        return sent ? id ?? string.Empty : null;
    }

    /// <summary>
    /// The personal chat with the user who sent <paramref name="turn"/>'s activity: the stored one, else one the
    /// Bot Connector creates (Teams does, when the app is installed for the user); null when neither is possible.
    /// </summary>
    public async Task<ConversationRecord?> FindOrOpenPersonalAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var tenantId = activity.Conversation.TenantId;
        var userAadObjectId = activity.From?.AadObjectId;
        if (string.IsNullOrEmpty(userAadObjectId))
        {
            return null;
        }

        if (await store.FindPersonalAsync(tenantId, userAadObjectId, cancellationToken) is { Active: true } known)
        {
            return known;
        }

        return await OpenPersonalAsync(activity, tenantId, userAadObjectId, cancellationToken);
    }

    private async Task<ConversationRecord?> OpenPersonalAsync(IActivity activity, string tenantId, string userAadObjectId, CancellationToken cancellationToken)
    {
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = activity.Recipient,
            Members = [new ChannelAccount(activity.From.Id, activity.From.Name, aadObjectId: userAadObjectId)],
            TenantId = tenantId,
            ChannelData = new { tenant = new { id = tenantId } },
        };
        ConversationReference? opened = null;
        try
        {
            await adapter.CreateConversationAsync(
                bot.Value.MicrosoftAppId ?? string.Empty, activity.ChannelId, activity.ServiceUrl, audience: null!, parameters,
                (turn, _) =>
                {
                    opened = turn.Activity.GetConversationReference();
                    return Task.CompletedTask;
                },
                cancellationToken);
        }
        catch (ErrorResponseException ex)
        {
            logger.PersonalChatNotOpened((int?)ex.Response?.StatusCode ?? 0);
            return null;
        }

        if (opened is null)
        {
            return null;
        }

        opened.Conversation.TenantId ??= tenantId;
        opened.Conversation.ConversationType ??= "personal";
        var record = new ConversationRecord(tenantId, opened.Conversation.Id, "personal", userAadObjectId, opened, true, time.GetUtcNow());
        await store.SaveAsync(record, cancellationToken);
        return record;
    }
}
