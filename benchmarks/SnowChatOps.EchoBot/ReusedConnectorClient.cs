using System.Diagnostics.CodeAnalysis;
using Microsoft.Bot.Connector;
using Microsoft.Rest;

namespace SnowChatOps.EchoBot;

/// <summary>A connector client the adapter's per-turn dispose does not end (the floor's copy of SnowChatOps's).</summary>
internal sealed class ReusedConnectorClient(Uri baseUri, ServiceClientCredentials credentials, HttpClient httpClient)
    : ConnectorClient(baseUri, credentials, httpClient, disposeHttpClient: false)
{
    [SuppressMessage("Usage", "CA2215:Dispose methods should call base class dispose", Justification = "Shared across turns.")]
    protected override void Dispose(bool disposing)
    {
    }
}
