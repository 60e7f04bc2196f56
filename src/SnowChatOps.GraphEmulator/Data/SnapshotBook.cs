using System.Text.Json.Nodes;

namespace SnowChatOps.GraphEmulator.Data;

/// <summary>
/// The tenant's snapshots, oldest first. With daily snapshots on, the first read takes <c>HistoryDays</c> of history and
/// every later read adds one snapshot per UTC midnight the clock has passed since, from the timeline as of that
/// midnight: time moves only when the clock does, so tests are deterministic. Not thread-safe; <see cref="GraphState"/> locks.
/// </summary>
internal sealed class SnapshotBook(GraphEmulatorOptions options)
{
    private readonly List<JsonObject> snapshots = [];
    private DateTimeOffset? lastDay;

    public void Add(JsonObject snapshot) => snapshots.Add(snapshot);

    public void Clear()
    {
        snapshots.Clear();
        lastDay = null;
    }

    public IReadOnlyList<JsonObject> NewestFirst(DateTimeOffset now, Func<DateTimeOffset, JsonObject> take, int top)
    {
        if (options.DailySnapshots)
        {
            var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
            var day = lastDay?.AddDays(1) ?? today.AddDays(1 - options.HistoryDays);
            for (; day <= today; day = day.AddDays(1))
            {
                snapshots.Add(take(day));
                lastDay = day;
            }
        }

        return [.. snapshots.AsEnumerable().Reverse().Take(top).Select(s => s.DeepClone().AsObject())];
    }
}
