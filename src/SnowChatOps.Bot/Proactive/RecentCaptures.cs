using System.Collections.Concurrent;
using Microsoft.Bot.Schema;

namespace SnowChatOps.Bot.Proactive;

/// <summary>
/// This instance's copy of the "captured" marks it wrote or read recently, so a message in a conversation whose
/// reference is already stored does not read ConversationState (one Table round trip per turn) only to learn that
/// there is nothing to do. A cache, not state: the mark in ConversationState stays the source of truth, and a miss
/// (restart, another instance, eviction) reads it as before. Bounded: when full it starts again from empty.
/// </summary>
internal sealed class RecentCaptures
{
    public const int Capacity = 10_000;
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    /// <summary>True when this conversation's reference was stored at <paramref name="serviceUrl"/> less than <paramref name="maxAge"/> ago.</summary>
    public bool IsFresh(IActivity activity, DateTimeOffset now, TimeSpan maxAge) =>
        entries.TryGetValue(KeyOf(activity), out var entry) && entry.ServiceUrl == activity.ServiceUrl && now - entry.At < maxAge;

    public void Remember(IActivity activity, CaptureMark mark)
    {
        if (entries.Count >= Capacity)
        {
            entries.Clear();
        }

        entries[KeyOf(activity)] = new Entry(mark.ServiceUrl, mark.At);
    }

    public void Forget(IActivity activity) => entries.TryRemove(KeyOf(activity), out _);

    public void Forget(string channelId, string conversationId) => entries.TryRemove(channelId + "/" + conversationId, out _);

    // ConversationState's own scope: one mark per channel and conversation.
    private static string KeyOf(IActivity activity) => activity.ChannelId + "/" + activity.Conversation.Id;

    private sealed record Entry(string? ServiceUrl, DateTimeOffset At);
}
