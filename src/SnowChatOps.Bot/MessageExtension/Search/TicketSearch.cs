using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema.Teams;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Errors;
using SnowChatOps.Bot.Sharing;
using SnowChatOps.Bot.Tickets;

namespace SnowChatOps.Bot.MessageExtension.Search;

/// <summary>
/// <c>composeExtension/query</c> for <c>searchTickets</c>: a ticket number or words, searched in incidents and change
/// requests of the tenant's instance (one page of each: Teams' <c>skip</c>/<c>count</c> become
/// <c>sysparm_offset</c>/<c>sysparm_limit</c> per table); the initial run lists what was recently shared here.
/// Every failure is one explanatory result, never an empty answer, which Teams shows as an error.
/// </summary>
internal sealed class TicketSearch(ServiceNowClient snow, TrackedTickets tracked, TicketPreviews previews, ILogger<TicketSearch> logger)
{
    public const string CommandId = "searchTickets";
    public const string QueryParameter = "query";
    private const int MaxCount = 25;
    private const int MaxSkip = 1000;

    public async Task<MessagingExtensionResponse> SearchAsync(ITurnContext turn, MessagingExtensionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(query);
        var tenantId = SharingTurn.TenantId(turn);
        if (await snow.GetInstanceAsync(tenantId, cancellationToken) is null)
        {
            logger.SearchNotConnected();
            return NotConnected();
        }

        var search = IsInitialRun(query) ? TicketSearchQuery.Recent : TicketSearchQuery.Parse(Text(query));
        var (skip, count) = Page(query.QueryOptions);
        try
        {
            var tickets = search.Kind == TicketSearchKind.Recent
                ? await RecentAsync(tenantId, ConversationRoot(turn.Activity.Conversation?.Id), skip, count, cancellationToken)
                : await FindAsync(tenantId, search, skip, count, cancellationToken);
            logger.SearchAnswered(search.Kind.ToString(), tickets.Count);
            if (tickets.Count == 0)
            {
                return skip > 0 ? ExtensionResults.None() : ExtensionResults.Notice(MessageExtensionText.Search_NoneTitle,
                    search.Kind == TicketSearchKind.Recent ? MessageExtensionText.Search_NoneRecent : MessageExtensionText.Search_NoneFound);
            }

            var results = new List<MessagingExtensionAttachment>(tickets.Count);
            foreach (var ticket in tickets)
            {
                results.Add(await previews.ForAsync(tenantId, ticket, cancellationToken));
            }

            return ExtensionResults.List(results);
        }
        catch (ServiceNowReauthorizationRequiredException)
        {
            logger.SearchNotConnected();
            return NotConnected();
        }
        catch (ServiceNowException ex)
        {
            logger.SearchFailed(ex.GetType().Name, (int?)ex.StatusCode);
            return ex is ServiceNowUnavailableException or ServiceNowRateLimitedException
                ? ExtensionResults.Notice(MessageExtensionText.Search_FailedTitle, MessageExtensionText.Search_Unavailable)
                : ExtensionResults.Notice(MessageExtensionText.Search_FailedTitle, MessageExtensionText.Search_Refused);
        }
    }

    /// <summary>A channel's compose box may name a reply thread (<c>;messageid=</c>); tickets belong to the channel.</summary>
    internal static string ConversationRoot(string? conversationId)
    {
        var id = conversationId ?? string.Empty;
        var at = id.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? id : id[..at];
    }

    private async Task<IReadOnlyList<Ticket>> FindAsync(string tenantId, TicketSearchQuery search, int skip, int count, CancellationToken cancellationToken)
    {
        TicketTable[] tables = search.Table is { } only ? [only] : [TicketTable.Incident, TicketTable.ChangeRequest];
        var found = new List<Ticket>();
        foreach (var table in tables)
        {
            found.AddRange(await snow.SearchTicketsAsync(tenantId, table, search.ToQuery(), count, skip, cancellationToken));
        }

        return found;
    }

    // The page of shared tickets is read from ServiceNow in one query per table, not one GET per ticket: Teams waits
    // only a few seconds for a compose-box answer. Deleted or hidden tickets are not in the answer and not offered.
    private async Task<IReadOnlyList<Ticket>> RecentAsync(string tenantId, string conversation, int skip, int count, CancellationToken cancellationToken)
    {
        var shared = (await tracked.ListAsync(tenantId, cancellationToken))
            .Where(t => string.Equals(ConversationRoot(t.ConversationId), conversation, StringComparison.Ordinal))
            .OrderByDescending(t => t.UpdatedAt).Skip(skip).Take(count).ToList();
        var live = new Dictionary<(TicketTable, string), Ticket>();
        foreach (var table in shared.GroupBy(t => t.Table))
        {
            foreach (var found in await snow.GetTicketsAsync(tenantId, table.Key, [.. table.Select(t => t.SysId)], cancellationToken))
            {
                live[(found.Table, found.SysId)] = found;
            }
        }

        return [.. shared.Select(t => live.GetValueOrDefault((t.Table, t.SysId))).OfType<Ticket>()];
    }

    private static MessagingExtensionResponse NotConnected() =>
        ExtensionResults.Notice(MessageExtensionText.NotConnected_Title, MessageExtensionText.Search_NotConnected);

    private static bool IsInitialRun(MessagingExtensionQuery query) =>
        query.Parameters?.Any(p => p.Name == "initialRun" && string.Equals(p.Value?.ToString(), "true", StringComparison.OrdinalIgnoreCase)) == true;

    private static string? Text(MessagingExtensionQuery query) =>
        query.Parameters?.FirstOrDefault(p => p.Name == QueryParameter)?.Value?.ToString();

    private static (int Skip, int Count) Page(MessagingExtensionQueryOptions? options) =>
        (Math.Clamp(options?.Skip ?? 0, 0, MaxSkip), options?.Count is int count && count > 0 ? Math.Min(count, MaxCount) : MaxCount);
}
