namespace SnowChatOps.Bot.Hosting.IdleTrim;

/// <summary>
/// One blocking, compacting full collection in <see cref="GCCollectionMode.Aggressive"/> mode, which also decommits
/// the free space and the gen0 budget the GC sized for the last burst of traffic. With the bot's small live heap
/// (a few MB) it takes milliseconds; the next burst grows the budgets again.
/// </summary>
internal sealed class GcMemoryTrimmer : IMemoryTrimmer
{
    public (long Before, long After) Trim()
    {
        var before = GC.GetGCMemoryInfo().TotalCommittedBytes;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return (before, GC.GetGCMemoryInfo().TotalCommittedBytes);
    }
}
