using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.SecureScore.Store;

namespace SnowChatOps.Bot.SecureScore.Digest;

/// <summary>
/// Remembers the time zone Teams sends with a message (<c>localTimezone</c>, an IANA id such as Asia/Shanghai) for the
/// conversation, a channel under its root (where the digest is posted). Written only when it differs from what this
/// conversation's state last saw, so an ordinary message costs no storage call.
/// </summary>
internal sealed class TimeZoneCaptureMiddleware(ISecureScoreStore store, ConversationState state) : Microsoft.Bot.Builder.IMiddleware
{
    private const int MaxLength = 64;
    private readonly IStatePropertyAccessor<string> seen = state.CreateProperty<string>("digestTimeZone");

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.Type == Microsoft.Bot.Schema.ActivityTypes.Message
            && activity.Conversation is { TenantId: { Length: > 0 } tenant, Id: { Length: > 0 } conversation }
            && DigestClock.Known(activity.LocalTimezone) is { } zone
            && await seen.GetAsync(turnContext, () => string.Empty, cancellationToken) != zone.Id)
        {
            await store.SaveTimeZoneAsync(tenant, ChannelRoot.Of(conversation), zone.Id, cancellationToken);
            await seen.SetAsync(turnContext, zone.Id, cancellationToken);
        }

        await next(cancellationToken);
    }

    /// <summary>Bounds the id before it is looked up (it is client data).</summary>
    public static bool IsPlausible(string? id) => id is { Length: > 0 and <= MaxLength } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '-' or '+');
}
