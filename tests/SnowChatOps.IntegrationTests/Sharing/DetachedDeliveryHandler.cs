using System.Collections.Concurrent;

namespace SnowChatOps.IntegrationTests.Sharing;

/// <summary>
/// The network between the bot and the emulator, where a request that was sent keeps going when the caller gives
/// up (a client timeout or a stopping bot loses the answer, not the request). Tests await <see cref="DrainAsync"/>
/// to know the emulator has finished every request, and <see cref="PostSent"/> to know a create reached it.
/// </summary>
internal sealed class DetachedDeliveryHandler(HttpMessageHandler emulator) : DelegatingHandler(emulator)
{
    private readonly ConcurrentQueue<Task> deliveries = new();
    private SlowCreate? slowCreate;

    public TaskCompletionSource PostSent { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void ResetPostSignal() => PostSent = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task DrainAsync() => Task.WhenAll(deliveries);

    /// <summary>The next create runs under an emulator latency fault (reads stay fast), cleared once it finishes.</summary>
    public void SlowDownNextCreate(Func<object, Task> setFaults, int latencyMs) => slowCreate = new SlowCreate(setFaults, latencyMs);

    // The caller disposes its request when it gives up; the copy on the wire must outlive that.
    private static async Task<HttpRequestMessage> DetachAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var copy = new HttpRequestMessage(request.Method, request.RequestUri) { Version = request.Version };
        foreach (var header in request.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        if (request.Content is not null)
        {
            copy.Content = new ByteArrayContent(await request.Content.ReadAsByteArrayAsync(cancellationToken));
            foreach (var header in request.Content.Headers)
            {
                copy.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        return copy;
    }

    private async Task<HttpResponseMessage> DeliverAsync(HttpRequestMessage request, Func<object, Task>? clearFaults)
    {
        var response = await base.SendAsync(request, CancellationToken.None);
        if (clearFaults is not null)
        {
            await clearFaults(new { });
        }

        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var isCreate = request.Method == HttpMethod.Post && request.RequestUri?.AbsolutePath.StartsWith("/api/now/table/", StringComparison.Ordinal) == true;
        var slow = isCreate ? Interlocked.Exchange(ref slowCreate, null) : null;
        if (slow is { } fault)
        {
            await fault.SetFaults(new { latencyMs = fault.LatencyMs });
        }

        var delivery = DeliverAsync(await DetachAsync(request, cancellationToken), slow?.SetFaults);
        deliveries.Enqueue(delivery);
        if (isCreate)
        {
            PostSent.TrySetResult();
        }

        return await delivery.WaitAsync(cancellationToken);
    }

    private sealed record SlowCreate(Func<object, Task> SetFaults, int LatencyMs);
}
