using System.Diagnostics;
using System.Globalization;
using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.Storage;

namespace SnowChatOps.Bot.Bot;

/// <summary>
/// The turn's catch-all boundary (one of the two sanctioned ones): log with a reference the user can quote, and
/// tell the user, in their language, what happened: storage out of reach (try again shortly), or an unexpected
/// failure after which part of the request may already be done.
/// </summary>
internal sealed class BotErrorHandler(ILogger<BotErrorHandler> logger)
{
    public async Task HandleAsync(ITurnContext turn, Exception error)
    {
        var reference = Activity.Current?.TraceId.ToString() ?? turn.Activity.Id ?? Guid.NewGuid().ToString("N");
        logger.TurnFailed(error, turn.Activity.Type, turn.Activity.Conversation?.ConversationType, reference);
        try
        {
            var culture = LocaleMiddleware.Resolve(turn.Activity.Locale);
            var message = StorageFailure.IsOutage(error) ? nameof(Strings.Error_StorageUnavailable) : nameof(Strings.Error_Generic);
            var text = string.Format(culture, Strings.ResourceManager.GetString(message, culture)!, reference);
            await turn.SendActivityAsync(text);
        }
        catch (Exception replyError) when (replyError is HttpRequestException or InvalidOperationException or Microsoft.Rest.HttpOperationException)
        {
            logger.ErrorReplyFailed(replyError, reference);
        }
    }
}
