using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.SecureScore.Store;

namespace SnowChatOps.Bot.SecureScore.Digest;

/// <summary>
/// Remembers the time zone Teams sends with a message (<c>localTimezone</c>, an IANA id such as Asia/Shanghai) for the
/// conversation, a channel under its root (where the digest is posted). Written only when it differs from what this
/// conversation's state last saw. Teams sends the zone with every message, so this instance also remembers the zone it
/// last saw saved per conversation root: an ordinary message then costs no storage call at all, not even the
/// ConversationState read (the hot path keeps that read off, see <see cref="RecentCaptures"/>). A cache, bounded, and
/// a miss (restart, another instance) falls back to the state check.
/// </summary>
internal sealed class TimeZoneCaptureMiddleware(ISecureScoreStore store, ConversationState state) : Microsoft.Bot.Builder.IMiddleware
{
    private const int MaxLength = 64;
    private const int Capacity = 10_000;
    private readonly ConcurrentDictionary<string, string> saved = new(StringComparer.Ordinal);
    private readonly IStatePropertyAccessor<string> seen = state.CreateProperty<string>("digestTimeZone");

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.Type == Microsoft.Bot.Schema.ActivityTypes.Message
            && activity.Conversation is { TenantId: { Length: > 0 } tenant, Id: { Length: > 0 } conversation }
            && DigestClock.Known(activity.LocalTimezone) is { } zone)
        {
            var root = ChannelRoot.Of(conversation);
            var key = tenant + "|" + root;
            if (!(saved.TryGetValue(key, out var known) && known == zone.Id))
            {
                if (await seen.GetAsync(turnContext, () => string.Empty, cancellationToken) != zone.Id)
                {
                    await store.SaveTimeZoneAsync(tenant, root, zone.Id, cancellationToken);
                    await seen.SetAsync(turnContext, zone.Id, cancellationToken);
                }

                Remember(key, zone.Id);
            }
        }

        await next(cancellationToken);
    }

    private void Remember(string key, string zoneId)
    {
        if (saved.Count >= Capacity)
        {
            saved.Clear();
        }

        saved[key] = zoneId;
    }

    /// <summary>Bounds the id before it is looked up (it is client data).</summary>
    public static bool IsPlausible(string? id) => id is { Length: > 0 and <= MaxLength } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '-' or '+');
}
