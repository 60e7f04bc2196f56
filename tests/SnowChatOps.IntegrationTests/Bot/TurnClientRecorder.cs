using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace SnowChatOps.IntegrationTests.Bot;

/// <summary>A middleware that records the Bot Connector and user-token clients each turn was given, in turn order.</summary>
internal sealed class TurnClientRecorder : IMiddleware
{
    private readonly ConcurrentQueue<IConnectorClient> seen = new();

    private readonly ConcurrentQueue<UserTokenClient> userTokenClients = new();

    public IReadOnlyList<IConnectorClient> Seen => [.. seen];

    public IReadOnlyList<UserTokenClient> UserTokenClients => [.. userTokenClients];

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (turnContext.TurnState.Get<IConnectorClient>() is { } client)
        {
            seen.Enqueue(client);
        }

        if (turnContext.TurnState.Get<UserTokenClient>() is { } userTokenClient)
        {
            userTokenClients.Enqueue(userTokenClient);
        }

        return next(cancellationToken);
    }
}
