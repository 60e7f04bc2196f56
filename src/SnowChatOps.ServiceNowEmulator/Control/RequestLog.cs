using System.Collections.Concurrent;

namespace SnowChatOps.ServiceNowEmulator.Control;

/// <summary>
/// The last <see cref="Capacity"/> ServiceNow API requests (method, path, query), for tests and load measurements
/// that count what the bot asks (<c>GET/DELETE /_emulator/requests</c>). Control and agent pages are not logged.
/// </summary>
internal sealed class RequestLog
{
    public const int Capacity = 10_000;
    private readonly ConcurrentQueue<LoggedRequest> entries = new();

    public void Add(LoggedRequest request)
    {
        entries.Enqueue(request);
        while (entries.Count > Capacity && entries.TryDequeue(out _))
        {
        }
    }

    public IReadOnlyList<LoggedRequest> Snapshot() => [.. entries];

    public void Clear() => entries.Clear();
}
