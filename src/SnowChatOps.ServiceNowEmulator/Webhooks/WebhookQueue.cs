using System.Threading.Channels;

namespace SnowChatOps.ServiceNowEmulator.Webhooks;

/// <summary>Hands state changes from the request path to the background sender, so writes never wait on delivery.</summary>
internal sealed class WebhookQueue
{
    private readonly Channel<StateChange> channel = Channel.CreateUnbounded<StateChange>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<StateChange> Reader => channel.Reader;

    public void Enqueue(StateChange change) => channel.Writer.TryWrite(change);
}
