using System.Globalization;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.SecureScore.Store;
using SnowChatOps.Bot.Storage;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.Bot.Tracking.Subscriptions;

namespace SnowChatOps.Bot.SecureScore.Digest;

/// <summary>
/// One digest cycle over the tenants with open tickets: each subscribed conversation whose local time (its Teams time
/// zone, else UTC) has reached <see cref="DigestOptions.LocalTime"/> and is outside the tenant's quiet hours is claimed
/// for its local day (scope <see cref="ClaimScope"/>), so it gets at most one digest a day across restarts and
/// instances; the tenant's digest is composed once, and not posted when there is nothing to say.
/// </summary>
internal sealed class DigestPoster(
    TrackedTickets tickets, Subscriptions subscriptions, ISecureScoreStore store, IConversationStore conversations, ProactiveMessenger messenger,
    IIdempotencyStore claims, DigestComposer composer, IOptions<DigestOptions> options, TimeProvider time, ILogger<DigestPoster> logger)
{
    public const string ClaimScope = "securescore-digest";

    /// <returns>How many digests this call posted.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var posted = 0;
        foreach (var tenantId in await tickets.ListTenantsAsync(cancellationToken))
        {
            posted += await PostTenantAsync(tenantId, now, cancellationToken);
        }

        return posted;
    }

    private async Task<int> PostTenantAsync(string tenantId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var zones = await store.ListTimeZonesAsync(tenantId, cancellationToken);
        var quiet = (await store.GetSettingsAsync(tenantId, cancellationToken)).Quiet;
        DigestContent? content = null;
        var posted = 0;
        foreach (var subscription in await subscriptions.ListAsync(tenantId, cancellationToken))
        {
            var local = DigestClock.Local(now, zones.GetValueOrDefault(subscription.ConversationId));
            if (await ClaimAsync(subscription, local, quiet, cancellationToken) is not { } claimed)
            {
                continue;
            }

            content ??= await composer.ComposeAsync(tenantId, now, cancellationToken);
            if (content.NothingToSay)
            {
                logger.NothingToSay(tenantId); // the claim stays: no digest for this conversation today
                continue;
            }

            posted += await SendAsync(claimed.Conversation, claimed.Key, CardIn(subscription.Locale, claimed.Day, content), cancellationToken) ? 1 : 0;
        }

        return posted;
    }

    /// <returns>The conversation and its claim for today when its digest is due now and this call claimed it; else null.</returns>
    private async Task<Claimed?> ClaimAsync(Subscription subscription, DateTimeOffset local, QuietHours? quiet, CancellationToken cancellationToken)
    {
        var clock = TimeOnly.FromDateTime(local.DateTime);
        if (clock.ToTimeSpan() < options.Value.LocalTime)
        {
            return null;
        }

        if (quiet?.Contains(clock) == true)
        {
            logger.Deferred(subscription.TenantId);
            return null;
        }

        if (await conversations.GetAsync(subscription.TenantId, subscription.ConversationId, cancellationToken) is not { Active: true } conversation)
        {
            logger.ConversationUnavailable(subscription.TenantId);
            return null;
        }

        var day = DateOnly.FromDateTime(local.DateTime);
        var key = $"{subscription.TenantId}|{subscription.ConversationId}|{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        return await claims.TryClaimAsync(ClaimScope, key, cancellationToken) ? new Claimed(conversation, key, day) : null;
    }

    private static AdaptiveCard CardIn(string? locale, DateOnly day, DigestContent content)
    {
        using (CultureScope.Use(locale))
        {
            return DigestCard.Build(day, content);
        }
    }

    private async Task<bool> SendAsync(ConversationRecord conversation, string key, AdaptiveCard card, CancellationToken cancellationToken)
    {
        try
        {
            if (await messenger.SendAsync(conversation, card.ToActivity(), cancellationToken) is null)
            {
                logger.ConversationUnavailable(conversation.TenantId);
                return false;
            }

            logger.DigestPosted(conversation.TenantId, conversation.ConversationType);
            return true;
        }
        catch (Exception ex) when (ex is ErrorResponseException or HttpRequestException)
        {
            logger.SendFailed(conversation.TenantId, ex);
            await claims.ReleaseAsync(ClaimScope, key, cancellationToken);
            return false;
        }
    }

    private sealed record Claimed(ConversationRecord Conversation, string Key, DateOnly Day);
}
