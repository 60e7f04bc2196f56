using SnowChatOps.Bot.SecureScore.Posture;
using SnowChatOps.Bot.Tickets;

namespace SnowChatOps.Bot.SecureScore.Digest;

/// <summary>
/// Composes a tenant's digest through the other features' entry points: open tickets by state (the tenant's state
/// names), overdue and due within 2 days, points gained since the snapshot 7 days before the latest (Graph; none
/// offline), and the top 3 actions by points still to gain that no tracked ticket (open or ended) was shared for.
/// </summary>
internal sealed class DigestComposer(
    TrackedTickets tickets, TicketStateNames stateNames, ISecureScoreSnapshotSource snapshots, ImprovementActionCatalog catalog)
{
    private static readonly TimeSpan DueSoonWithin = TimeSpan.FromDays(2);

    public async Task<DigestContent> ComposeAsync(string tenantId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var open = await tickets.ListOpenAsync(tenantId, cancellationToken);
        var name = await stateNames.ForTenantAsync(tenantId, cancellationToken);
        var byState = open.GroupBy(t => name(t.Table, t.LastKnownState))
            .Select(g => new KeyValuePair<string, int>(g.Key, g.Count()))
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.CurrentCulture).ToList();
        var overdue = open.Where(t => t.DueAt < now).OrderBy(t => t.DueAt).ToList();
        var dueSoon = open.Where(t => t.DueAt >= now && t.DueAt <= now + DueSoonWithin).OrderBy(t => t.DueAt).ToList();
        var recent = await RecentAsync(tenantId, cancellationToken);
        return new DigestContent(byState, overdue, dueSoon, PointsThisWeek(recent), await SuggestionsAsync(tenantId, recent.FirstOrDefault(), cancellationToken));
    }

    private static double? PointsThisWeek(IReadOnlyList<SecureScoreSnapshot> newestFirst)
    {
        if (newestFirst.Count < 2)
        {
            return null;
        }

        var latest = newestFirst[0];
        var weekAgo = newestFirst.Where(s => s.CreatedAt >= latest.CreatedAt.AddDays(-7)).Last();
        return weekAgo == latest ? null : Math.Round(latest.CurrentScore - weekAgo.CurrentScore, 2);
    }

    private async Task<IReadOnlyList<ImprovementAction>> SuggestionsAsync(string tenantId, SecureScoreSnapshot? latest, CancellationToken cancellationToken)
    {
        var ticketed = (await tickets.ListAsync(tenantId, cancellationToken)).Select(t => t.ActionId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        try
        {
            var page = await catalog.SearchAsync(tenantId, new ImprovementActionQuery(PageSize: ImprovementActionQuery.MaxPageSize), cancellationToken);
            return [.. page.Items
                .Where(a => !ticketed.Contains(a.Id))
                .Select(a => (Action: a, ToGain: a.MaxScore - (latest?.ScoreOf(a.Id) ?? 0)))
                .Where(a => a.ToGain > 0)
                .OrderByDescending(a => a.ToGain).ThenBy(a => a.Action.Rank)
                .Take(3).Select(a => a.Action)];
        }
        catch (ImprovementActionsUnavailableException)
        {
            return [];
        }
    }

    private async Task<IReadOnlyList<SecureScoreSnapshot>> RecentAsync(string tenantId, CancellationToken cancellationToken)
    {
        try
        {
            return await snapshots.GetRecentAsync(tenantId, 8, cancellationToken);
        }
        catch (ImprovementActionsUnavailableException)
        {
            return [];
        }
    }
}
