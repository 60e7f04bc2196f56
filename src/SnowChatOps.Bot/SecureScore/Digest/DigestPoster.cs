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
            var zones = await store.ListTimeZonesAsync(tenantId, cancellationToken);
            var quiet = (await store.GetSettingsAsync(tenantId, cancellationToken)).Quiet;
            DigestContent? content = null;
            foreach (var subscription in await subscriptions.ListAsync(tenantId, cancellationToken))
            {
                var local = DigestClock.Local(now, zones.GetValueOrDefault(subscription.ConversationId));
                var clock = TimeOnly.FromDateTime(local.DateTime);
                if (clock.ToTimeSpan() < options.Value.LocalTime || (quiet?.Contains(clock) ?? false))
                {
                    if (quiet?.Contains(clock) ?? false)
                    {
                        logger.Deferred(tenantId);
                    }

                    continue;
                }

                if (await conversations.GetAsync(tenantId, subscription.ConversationId, cancellationToken) is not { Active: true } conversation)
                {
                    logger.ConversationUnavailable(tenantId);
                    continue;
                }

                var day = DateOnly.FromDateTime(local.DateTime);
                var key = $"{tenantId}|{subscription.ConversationId}|{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
                if (!await claims.TryClaimAsync(ClaimScope, key, cancellationToken))
                {
                    continue;
                }

                content ??= await composer.ComposeAsync(tenantId, now, cancellationToken);
                if (content.NothingToSay)
                {
                    logger.NothingToSay(tenantId);
                    continue;
                }

                posted += await SendAsync(conversation, key, CardIn(subscription.Locale, day, content), cancellationToken) ? 1 : 0;
            }
        }

        return posted;
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
}
