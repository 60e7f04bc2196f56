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
internal sealed class ProactiveMessenger(BotAdapter adapter, IOptions<BotOptions> bot, IConversationStore store, ILogger<ProactiveMessenger> logger)
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
}
