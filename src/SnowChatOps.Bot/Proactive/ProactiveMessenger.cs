using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Bot;

namespace SnowChatOps.Bot.Proactive;

/// <summary>
/// The one seam for speaking first: continues a stored conversation and runs <paramref name="callback"/> in it.
/// A conversation the bot was removed from (403 BotNotInConversationRoster) is marked inactive, not retried.
/// </summary>
internal sealed class ProactiveMessenger(
    BotAdapter adapter, IOptions<BotOptions> bot, IConversationStore store, TimeProvider time, ILogger<ProactiveMessenger> logger)
{
    public async Task<bool> ContinueAsync(ConversationRecord target, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        try
        {
            await adapter.ContinueConversationAsync(bot.Value.MicrosoftAppId ?? string.Empty, target.Reference, callback, cancellationToken);
            logger.Sent(target.ConversationType);
            return true;
        }
        catch (ErrorResponseException ex) when (ex.Response?.StatusCode == HttpStatusCode.Forbidden)
        {
            logger.ConversationGone(target.ConversationType);
            await store.MarkInactiveAsync(target.TenantId, target.ConversationId, cancellationToken);
            return false;
        }
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
