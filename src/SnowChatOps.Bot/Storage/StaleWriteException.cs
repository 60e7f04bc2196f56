namespace SnowChatOps.Bot.Storage;

/// <summary>
/// A write carried an ETag that no longer matches the stored item: someone else wrote first.
/// Bot Framework's own MemoryStorage fails such writes too ("Etag conflict."); callers reload and retry.
/// </summary>
public sealed class StaleWriteException(string key, Exception? inner = null)
    : InvalidOperationException($"Etag conflict: '{key}' was changed by another writer.", inner)
{
    public string Key { get; } = key;
}
