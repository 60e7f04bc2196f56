namespace SnowChatOps.LoadHarness;

/// <summary>
/// One RSS reading in MB: the total, the anonymous part (managed heap, JIT code, native allocations) and the
/// file-backed part (mapped assemblies and native libraries), which move for different reasons.
/// </summary>
internal sealed record RssReading(double TotalMb, double AnonymousMb, double FileMb);
