using System.Collections.Concurrent;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.Bot.Tickets.Store;

namespace SnowChatOps.TestSupport.Fakes;

/// <summary>The in-memory twin of TableTrackedTicketStore; both pass TrackedTicketStoreContract.</summary>
internal sealed class InMemoryTrackedTicketStore : ITrackedTicketStore
{
    private readonly ConcurrentDictionary<(string Tenant, TicketTable Table, string SysId), TrackedTicket> rows = new();

    private int reads;

    public IReadOnlyCollection<TrackedTicket> All => rows.Values.ToList();

    /// <summary>Point reads served (<see cref="GetAsync"/>): what a change costs the store.</summary>
    public int Reads => Volatile.Read(ref reads);

    public Task SaveAsync(TrackedTicket ticket, CancellationToken cancellationToken)
    {
        rows[(ticket.TenantId, ticket.Table, ticket.SysId)] = ticket;
        return Task.CompletedTask;
    }

    public Task<TrackedTicket?> GetAsync(string tenantId, TicketTable table, string sysId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref reads);
        return Task.FromResult(rows.GetValueOrDefault((tenantId, table, sysId)));
    }

    public Task<IReadOnlyList<TrackedTicket>> ListAsync(string tenantId, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<TrackedTicket>>([.. rows.Values.Where(t => t.TenantId == tenantId)]);

    public Task<IReadOnlyList<string>> ListTenantsAsync(CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<string>>([.. rows.Keys.Select(k => k.Tenant).Distinct().Order(StringComparer.Ordinal)]);
}
