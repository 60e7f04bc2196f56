using System.Security.Cryptography;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tickets.Cards;

namespace SnowChatOps.Bot.Tickets.Actions;

/// <summary>
/// Mints the acting part of one card rendering: a fresh idempotency key per action (so a press of this rendering
/// is done at most once, and the next rendering's press is a new action), the allowed next states by name.
/// </summary>
internal sealed class TicketActingFactory(TicketStateNames names)
{
    public async Task<TicketCardActing> CreateAsync(
        string tenantId, Ticket live, bool buttons, IReadOnlyList<string> refreshUserIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(live);
        var name = await names.ForTenantAsync(tenantId, cancellationToken);
        var next = TicketTransitions.Next(live.Table, live.State).Select(code => (code, name(live.Table, code))).ToList();
        var keys = TicketVerbs.Actions.Append(TicketVerbs.Refresh).ToDictionary(v => v, _ => RandomNumberGenerator.GetHexString(32, lowercase: true), StringComparer.Ordinal);
        return new TicketCardActing(buttons, keys, next, refreshUserIds);
    }
}
