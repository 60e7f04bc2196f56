using SnowChatOps.Bot.Tickets;

namespace SnowChatOps.Bot.Connection;

/// <summary>Ticket state names an admin customized are kept with the tenant's connection.</summary>
internal sealed class ConnectionStateNameOverrides(IConnectionStore store) : ITicketStateNameOverrides
{
    public async Task<IReadOnlyDictionary<string, string>> GetAsync(string tenantId, CancellationToken cancellationToken)
        => (await store.GetAsync(tenantId, cancellationToken))?.StateNames ?? new Dictionary<string, string>();
}
