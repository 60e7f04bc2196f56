using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Logging.Abstractions;

namespace SnowChatOps.Bot.Bot;

/// <summary>
/// The hosted adapter: Bot Framework authentication, our middleware, and the turn error boundary.
/// The SDK adapter gets no logger: all it logs is interpolated per-activity Information noise and, for a refused
/// request, the exception's full text (which can quote claims from the attacker's token). A refusal is logged once, by
/// <see cref="RefusingBotFrameworkAuthentication"/>, and a failed turn by <see cref="BotErrorHandler"/>.
/// </summary>
internal sealed class ChatOpsAdapter : CloudAdapter
{
    public ChatOpsAdapter(
        BotFrameworkAuthentication authentication,
        IEnumerable<Microsoft.Bot.Builder.IMiddleware> middleware,
        BotErrorHandler errorHandler)
        : base(authentication, NullLogger.Instance)
    {
        foreach (var item in middleware)
        {
            Use(item);
        }

        OnTurnError = errorHandler.HandleAsync;
    }
}
