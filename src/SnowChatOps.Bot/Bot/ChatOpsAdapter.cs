using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace SnowChatOps.Bot.Bot;

/// <summary>The hosted adapter: Bot Framework authentication, our middleware, and the turn error boundary.</summary>
internal sealed class ChatOpsAdapter : CloudAdapter
{
    public ChatOpsAdapter(
        BotFrameworkAuthentication authentication,
        IEnumerable<Microsoft.Bot.Builder.IMiddleware> middleware,
        BotErrorHandler errorHandler,
        ILogger<ChatOpsAdapter> logger)
        : base(authentication, logger)
    {
        foreach (var item in middleware)
        {
            Use(item);
        }

        OnTurnError = errorHandler.HandleAsync;
    }
}
