using System.Diagnostics.CodeAnalysis;
using Microsoft.Bot.Connector;
using Microsoft.Rest;

namespace SnowChatOps.Bot.Bot;

/// <summary>
/// A Bot Connector client that outlives the turn: the adapter disposes its turn's client when the turn ends
/// (<c>CloudAdapterBase.ProcessActivityAsync</c>, <c>ProcessProactiveAsync</c>), which is a no-op here. It stays a
/// <see cref="ConnectorClient"/> so Bot Builder's <c>TeamsInfo</c> keeps sharing its HttpClient. Its HttpClient comes
/// from IHttpClientFactory and is not disposed: the factory reclaims the handler once the client is collected.
/// </summary>
internal sealed class SharedConnectorClient(Uri baseUri, ServiceClientCredentials credentials, HttpClient httpClient)
    : ConnectorClient(baseUri, credentials, httpClient, disposeHttpClient: false)
{
    [SuppressMessage("Usage", "CA2215:Dispose methods should call base class dispose", Justification = "Shared across turns: the per-turn dispose must not end it, and it owns nothing to release.")]
    protected override void Dispose(bool disposing)
    {
    }
}
