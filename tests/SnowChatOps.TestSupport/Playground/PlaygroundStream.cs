using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace SnowChatOps.TestSupport.Playground;

/// <summary>
/// The playground's conversation WebSocket (<c>/_ws_conversation/v1/conversations/stream</c>) as a channel of events.
/// The playground broadcasts every message to every connected client, and buffers messages for the next client while
/// none is connected: open the stream before acting, and filter by conversation.
/// </summary>
public sealed class PlaygroundStream : IAsyncDisposable
{
    private readonly ClientWebSocket socket;
    private readonly Channel<PlaygroundStreamEvent> events = Channel.CreateUnbounded<PlaygroundStreamEvent>();
    private readonly CancellationTokenSource stop = new();
    private readonly Task reader;

    private PlaygroundStream(ClientWebSocket socket, string botId)
    {
        this.socket = socket;
        BotId = botId;
        reader = ReadLoopAsync();
    }

    /// <summary>The bot's account id (messages from it are bot messages).</summary>
    public string BotId { get; }

    /// <summary>Every event received since the stream opened.</summary>
    public ChannelReader<PlaygroundStreamEvent> Events => events.Reader;

    internal static async Task<PlaygroundStream> ConnectAsync(Uri baseUri, string botId, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        var uri = new UriBuilder(new Uri(baseUri, "_ws_conversation/v1/conversations/stream")) { Scheme = "ws" }.Uri;
        await socket.ConnectAsync(uri, cancellationToken);
        return new PlaygroundStream(socket, botId);
    }

    /// <summary>
    /// Reads events until a message (new or updated) from the bot passes <paramref name="predicate"/>, skipping others;
    /// throws <see cref="TimeoutException"/> listing what was skipped when <paramref name="timeout"/> passes first.
    /// </summary>
    public async Task<PlaygroundMessage> WaitForBotMessageAsync(
        Func<PlaygroundStreamEvent, bool> predicate, TimeSpan timeout, CancellationToken cancellationToken) =>
        (await WaitForBotEventAsync(predicate, timeout, cancellationToken)).Message!;

    /// <summary>
    /// As <see cref="WaitForBotMessageAsync"/>, but returns the whole event, so a test can tell a new message
    /// (<see cref="PlaygroundStreamEvent.CreateMessage"/>) from one replaced in place (<see cref="PlaygroundStreamEvent.UpdateMessage"/>).
    /// </summary>
    public async Task<PlaygroundStreamEvent> WaitForBotEventAsync(
        Func<PlaygroundStreamEvent, bool> predicate, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var skipped = new List<string>();
        try
        {
            while (true)
            {
                var next = await events.Reader.ReadAsync(deadline.Token);
                if (next.Message is { } message && message.From.Id == BotId && predicate(next))
                {
                    return next;
                }

                skipped.Add($"{next.Action} in {next.ActionConversationId}: {Describe(next.Message)}");
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"No matching bot message within {timeout.TotalSeconds:0.#} s. Skipped {skipped.Count} event(s):{Environment.NewLine}" +
                string.Join(Environment.NewLine, skipped));
        }
        catch (ChannelClosedException error)
        {
            throw new InvalidOperationException("The playground closed the conversation stream.", error);
        }
    }

    /// <summary>Closes the socket and stops reading.</summary>
    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await reader;
        }
        catch (OperationCanceledException)
        {
            // Expected: the read loop ends by cancellation.
        }

        socket.Dispose();
        stop.Dispose();
    }

    private static string Describe(PlaygroundMessage? message) => message is null
        ? "(no message)"
        : $"from {message.From.Id}: {message.Text ?? string.Join(" | ", message.AdaptiveCards.Select(c => c.FirstTextBlock))}";

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        using var text = new MemoryStream();
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                text.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    Publish(Encoding.UTF8.GetString(text.GetBuffer(), 0, (int)text.Length));
                    text.SetLength(0);
                }
            }
        }
        catch (WebSocketException error)
        {
            events.Writer.TryComplete(error);
            return;
        }

        events.Writer.TryComplete();
    }

    private void Publish(string json)
    {
        var parsed = JsonSerializer.Deserialize<PlaygroundStreamEvent>(json, PlaygroundRestClient.Json);
        if (parsed is not null)
        {
            events.Writer.TryWrite(parsed);
        }
    }
}
