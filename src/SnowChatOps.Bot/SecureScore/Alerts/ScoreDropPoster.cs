using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.Storage;
using SnowChatOps.Bot.Text;
using SnowChatOps.Bot.Tracking.Subscriptions;

namespace SnowChatOps.Bot.SecureScore.Alerts;

/// <summary>
/// Posts one drop to every conversation of <see cref="Subscriptions.ListAsync"/> (a channel's root: a new post), in the
/// subscription's language, whatever its ticket filters (the drop is the tenant's, not a ticket's). Each conversation is
/// claimed first (scope <see cref="ClaimScope"/>, per snapshot pair), so restarts and several instances post it once;
/// a send that fails for a reason other than a gone conversation releases the claim, and the next cycle tries again.
/// </summary>
internal sealed class ScoreDropPoster(
    Subscriptions subscriptions, IConversationStore conversations, ProactiveMessenger messenger, IIdempotencyStore claims,
    ImprovementActionCatalog catalog, IOptions<ScoreDropOptions> options, ILogger<ScoreDropPoster> logger)
{
    public const string ClaimScope = "securescore-drop";
    private const int MaxTitleLength = 120;

    /// <returns>How many conversations this call posted to.</returns>
    public async Task<int> PostAsync(string tenantId, ScoreDrop drop, double threshold, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(drop);
        IReadOnlyList<ScoreDropLine>? lines = null;
        var posted = 0;
        foreach (var subscription in await subscriptions.ListAsync(tenantId, cancellationToken))
        {
            if (await conversations.GetAsync(tenantId, subscription.ConversationId, cancellationToken) is not { Active: true } conversation)
            {
                logger.ConversationUnavailable(tenantId);
                continue;
            }

            var key = drop.ClaimKey(tenantId, subscription.ConversationId);
            if (!await claims.TryClaimAsync(ClaimScope, key, cancellationToken))
            {
                logger.AlreadyPosted(tenantId);
                continue;
            }

            if (lines is null)
            {
                lines = await LinesAsync(tenantId, drop, cancellationToken);
                logger.DropDetected(tenantId, drop.Points, threshold, drop.Losses.Count);
            }

            posted += await SendAsync(conversation, key, CardIn(subscription.Locale, drop, lines), cancellationToken) ? 1 : 0;
        }

        return posted;
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

            logger.AlertPosted(conversation.TenantId, conversation.ConversationType);
            return true;
        }
        catch (Exception ex) when (ex is ErrorResponseException or HttpRequestException)
        {
            logger.SendFailed(conversation.TenantId, ex);
            await claims.ReleaseAsync(ClaimScope, key, cancellationToken);
            return false;
        }
    }

    private AdaptiveCard CardIn(string? locale, ScoreDrop drop, IReadOnlyList<ScoreDropLine> lines)
    {
        using (CultureScope.Use(locale))
        {
            return ScoreDropCard.Build(drop, lines, Math.Max(0, drop.Losses.Count - options.Value.MaxControls));
        }
    }

    private async Task<IReadOnlyList<ScoreDropLine>> LinesAsync(string tenantId, ScoreDrop drop, CancellationToken cancellationToken)
    {
        var lines = new List<ScoreDropLine>();
        var catalogReadable = true;
        foreach (var loss in drop.Losses.Take(options.Value.MaxControls))
        {
            ImprovementAction? action = null;
            if (catalogReadable)
            {
                try
                {
                    action = await catalog.FindAsync(tenantId, loss.ControlId, cancellationToken);
                }
                catch (ImprovementActionsUnavailableException)
                {
                    logger.ActionsUnavailable(tenantId);
                    catalogReadable = false;
                }
            }

            var title = CardMarkdown.Line(action?.Title ?? loss.ControlId, MaxTitleLength);
            lines.Add(new ScoreDropLine(loss, title, action?.Category, action?.Id));
        }

        return lines;
    }
}
