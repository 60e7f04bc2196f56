namespace SnowChatOps.LoadHarness;

/// <summary>
/// One RSS reading in MB: the total, the anonymous part (GC heap, runtime and native allocations), the file-backed
/// part (mapped assemblies and native libraries) and the shared part (on Linux mostly the runtime's double-mapped
/// executable memory: JIT-compiled code and stubs), which move for different reasons.
/// </summary>
internal sealed record RssReading(double TotalMb, double AnonymousMb, double FileMb, double SharedMb);
