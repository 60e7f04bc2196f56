using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;

namespace SnowChatOps.IntegrationTests.Bot;

/// <summary>A middleware that records the Bot Connector client each turn was given, in turn order.</summary>
internal sealed class TurnClientRecorder : IMiddleware
{
    private readonly ConcurrentQueue<IConnectorClient> seen = new();

    public IReadOnlyList<IConnectorClient> Seen => [.. seen];

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (turnContext.TurnState.Get<IConnectorClient>() is { } client)
        {
            seen.Enqueue(client);
        }

        return next(cancellationToken);
    }
}
