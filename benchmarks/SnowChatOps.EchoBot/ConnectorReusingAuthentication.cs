using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace SnowChatOps.EchoBot;

/// <summary>
/// With <c>Echo:ReuseConnectorClients</c>, the echo bot keeps one connector client per service URL and audience, as
/// SnowChatOps does (src/SnowChatOps.Bot/Bot/ConnectorClientCache.cs): the floor without the SDK's per-turn client
/// (one app identity here, no lifetime or bound: a benchmark, not a product).
/// </summary>
internal sealed class ConnectorReusingAuthentication(BotFrameworkAuthentication inner) : BotFrameworkAuthentication
{
    private readonly ConcurrentDictionary<(string ServiceUrl, string? Audience), Lazy<Task<IConnectorClient>>> clients = new();

    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        var result = await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken);
        result.ConnectorFactory = new Factory(result.ConnectorFactory, clients);
        return result;
    }

    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
        => inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken);

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken)
        => inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) => new Factory(inner.CreateConnectorFactory(claimsIdentity), clients);

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken)
        => inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    private sealed class Factory(ConnectorFactory sdk, ConcurrentDictionary<(string, string?), Lazy<Task<IConnectorClient>>> clients) : ConnectorFactory
    {
        public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
            => clients.GetOrAdd((serviceUrl, audience), _ => new(async () =>
            {
                var made = (ConnectorClient)await sdk.CreateAsync(serviceUrl, audience, CancellationToken.None);
                return new ReusedConnectorClient(made.BaseUri, made.Credentials, made.HttpClient);
            })).Value;
    }
}
