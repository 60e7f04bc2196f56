using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace SnowChatOps.Bot.Bot;

/// <summary>The SDK's connector factory for one app identity, answering from the <see cref="ConnectorClientCache"/>.</summary>
internal sealed class ReusingConnectorFactory(ConnectorFactory inner, string? appId, ConnectorClientCache cache) : ConnectorFactory
{
    public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
        => cache.GetAsync(new ConnectorClientKey(appId, audience, serviceUrl), ct => inner.CreateAsync(serviceUrl, audience, ct), cancellationToken);
}
