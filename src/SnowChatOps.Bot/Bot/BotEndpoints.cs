using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace SnowChatOps.Bot.Bot;

internal static class BotEndpoints
{
    /// <summary>
    /// POST /api/messages. Authentication is Bot Framework's: with an App ID configured the adapter validates the
    /// JWT on every request, before any turn, and answers 401 with an empty body to every kind of invalid or missing
    /// token (<see cref="RefusingBotFrameworkAuthentication"/>).
    /// </summary>
    public static IEndpointRouteBuilder MapBot(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken cancellationToken)
            => adapter.ProcessAsync(request, response, bot, cancellationToken));
        return endpoints;
    }
}
