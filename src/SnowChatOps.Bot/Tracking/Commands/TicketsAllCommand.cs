using System.Globalization;
using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Errors;
using SnowChatOps.Bot.Sharing;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.Bot.Tracking.Cards;

namespace SnowChatOps.Bot.Tracking.Commands;

/// <summary>
/// <c>tickets-all &lt;incident|change_request&gt; [page]</c> ("View all"): a page of the table's tracked tickets,
/// states read live from ServiceNow when connected, else the last known ones.
/// </summary>
internal sealed class TicketsAllCommand(TrackedTickets tracked, ServiceNowClient snow, TicketStateNames stateNames) : IChatCommand
{
    public string Name => TrackingVerbs.TicketsAll;

    public async Task ExecuteAsync(ITurnContext turn, CommandInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!TryParse(input.Argument, out var table, out var pageIndex))
        {
            await turn.SendActivityAsync(TrackingText.List_BadTable, cancellationToken: cancellationToken);
            return;
        }

        var tenantId = SharingTurn.TenantId(turn);
        var all = (await tracked.ListAsync(tenantId, cancellationToken)).Where(t => t.Table == table)
            .OrderByDescending(t => t.UpdatedAt).ThenBy(t => t.Number, StringComparer.Ordinal).ToList();
        pageIndex = Math.Clamp(pageIndex, 0, Math.Max(0, (all.Count - 1) / TicketListCard.PageSize));
        var page = all.Skip(pageIndex * TicketListCard.PageSize).Take(TicketListCard.PageSize).ToList();
        var (lines, live) = await LinesAsync(tenantId, table, page, cancellationToken);
        var card = TicketListCard.Build(table, lines, pageIndex, all.Count, live);
        await (pageIndex > 0 || input.Argument.Contains(' ', StringComparison.Ordinal)
            ? turn.ReplaceOrSendAsync(card, cancellationToken)
            : turn.SendActivityAsync(card.ToActivity(), cancellationToken));
    }

    private async Task<(IReadOnlyList<TicketLine> Lines, bool Live)> LinesAsync(
        string tenantId, TicketTable table, IReadOnlyList<TrackedTicket> page, CancellationToken cancellationToken)
    {
        var names = await stateNames.ForTenantAsync(tenantId, cancellationToken);
        var instance = await snow.GetInstanceAsync(tenantId, cancellationToken);
        var states = page.ToDictionary(t => t.SysId, t => t.LastKnownState, StringComparer.Ordinal);
        var live = instance is not null && await TryReadLiveAsync(tenantId, table, page, states, cancellationToken);
        var lines = page.Select(t => new TicketLine(t.Number, names(table, states[t.SysId]), instance is null ? null : TicketLink.For(instance, table, t.SysId), t.Title)).ToList();
        return (lines, live);
    }

    private async Task<bool> TryReadLiveAsync(
        string tenantId, TicketTable table, IReadOnlyList<TrackedTicket> page, Dictionary<string, string> states, CancellationToken cancellationToken)
    {
        try
        {
            // One query for the page, not one GET per line.
            foreach (var current in await snow.GetTicketsAsync(tenantId, table, [.. page.Select(t => t.SysId)], cancellationToken))
            {
                states[current.SysId] = current.State;
            }

            return true;
        }
        catch (ServiceNowException)
        {
            states.Clear();
            foreach (var ticket in page)
            {
                states[ticket.SysId] = ticket.LastKnownState;
            }

            return false;
        }
    }

    private static bool TryParse(string argument, out TicketTable table, out int pageIndex)
    {
        var parts = argument.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        pageIndex = 0;
        table = TicketTable.Incident;
        if (parts.Length is < 1 or > 2 || !TicketTableNames.TryParse(parts[0].ToLowerInvariant(), out var parsed))
        {
            return false;
        }

        table = parsed.Value;
        return parts.Length == 1 || int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out pageIndex);
    }
}
