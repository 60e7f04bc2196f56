using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Tickets;

/// <summary>
/// The name to show for a ticket state: the tenant's customized name if an admin set one, else ServiceNow's
/// default; an unknown code (a customized instance) shows as the code itself rather than failing.
/// </summary>
internal sealed class TicketStateNames(ITicketStateNameOverrides overrides)
{
    public async Task<Func<TicketTable, string, string>> ForTenantAsync(string tenantId, CancellationToken cancellationToken)
    {
        var renamed = await overrides.GetAsync(tenantId, cancellationToken);
        return (table, code) => Resolve(renamed, table, code);
    }

    public async Task<string> NameAsync(string tenantId, TicketTable table, string code, CancellationToken cancellationToken)
        => Resolve(await overrides.GetAsync(tenantId, cancellationToken), table, code);

    public static string Resolve(IReadOnlyDictionary<string, string> renamed, TicketTable table, string code)
        => renamed.TryGetValue(TicketStates.Key(table, code), out var name) && !string.IsNullOrWhiteSpace(name)
            ? name
            : TicketStates.Find(table, code)?.DefaultName ?? code;
}
