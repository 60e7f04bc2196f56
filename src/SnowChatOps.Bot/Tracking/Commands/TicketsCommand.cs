using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Sharing;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.Bot.Tracking.Cards;

namespace SnowChatOps.Bot.Tracking.Commands;

/// <summary>
/// <c>tickets</c>: the seed's two cards, "Change management" and "Incident management", from the tracked tickets
/// (last known states; no ServiceNow call, so it answers even while ServiceNow is down).
/// </summary>
internal sealed class TicketsCommand(TrackedTickets tracked, ServiceNowClient snow, TicketStateNames stateNames) : IChatCommand
{
    private const int Latest = 3;

    public string Name => TrackingVerbs.Tickets;

    public async Task ExecuteAsync(ITurnContext turn, CommandInput input, CancellationToken cancellationToken)
    {
        var tenantId = SharingTurn.TenantId(turn);
        var tickets = await tracked.ListAsync(tenantId, cancellationToken);
        var instance = await snow.GetInstanceAsync(tenantId, cancellationToken);
        var names = await stateNames.ForTenantAsync(tenantId, cancellationToken);
        foreach (var table in (TicketTable[])[TicketTable.ChangeRequest, TicketTable.Incident])
        {
            var mine = tickets.Where(t => t.Table == table).ToList();
            var counts = TicketStates.For(table).Where(s => s.Open)
                .Select(s => (names(table, s.Code), mine.Count(t => t.LastKnownState == s.Code)))
                .Where(c => c.Item2 > 0).ToList();
            var latest = mine.OrderByDescending(t => t.UpdatedAt).Take(Latest)
                .Select(t => new TicketLine(t.Number, names(table, t.LastKnownState), instance is null ? null : TicketLink.For(instance, table, t.SysId), t.Title))
                .ToList();
            await turn.SendActivityAsync(TicketsOverviewCard.Build(table, counts, latest).ToActivity(), cancellationToken);
        }
    }
}
