using System.Collections.Concurrent;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.Bot.Tickets.Store;

namespace SnowChatOps.TestSupport.Fakes;

/// <summary>The in-memory twin of TableTrackedTicketStore (hot set and history); both pass TrackedTicketStoreContract.</summary>
internal sealed class InMemoryTrackedTicketStore : ITrackedTicketStore
{
    private readonly ConcurrentDictionary<(string Tenant, TicketTable Table, string SysId), TrackedTicket> open = new();
    private readonly ConcurrentDictionary<(string Tenant, TicketTable Table, string SysId), TrackedTicket> ended = new();

    private readonly ConcurrentDictionary<TrackedTicketDue, byte> dueRows = new();

    private int reads;

    public IReadOnlyCollection<TrackedTicket> All => [.. open.Values, .. ended.Values];

    /// <summary>Point reads served (<see cref="GetAsync"/>): what a change costs the store.</summary>
    public int Reads => Volatile.Read(ref reads);

    public Task SaveAsync(TrackedTicket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var key = (ticket.TenantId, ticket.Table, ticket.SysId);
        if (TicketStates.Ended(ticket.Table, ticket.LastKnownState))
        {
            ended[key] = ticket;
            open.TryRemove(key, out _);
            if (ticket.DueAt is { } due)
            {
                dueRows.TryRemove(new TrackedTicketDue(ticket.TenantId, ticket.Table, ticket.SysId, due), out _);
            }
        }
        else
        {
            open[key] = ticket;
            ended.TryRemove(key, out _);
            if (ticket.DueAt is { } due)
            {
                dueRows[new TrackedTicketDue(ticket.TenantId, ticket.Table, ticket.SysId, due)] = 0;
            }
        }

        return Task.CompletedTask;
    }

    public Task<TrackedTicket?> GetAsync(string tenantId, TicketTable table, string sysId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref reads);
        var key = (tenantId, table, sysId);
        return Task.FromResult(open.GetValueOrDefault(key) ?? ended.GetValueOrDefault(key));
    }

    public Task<IReadOnlyList<TrackedTicket>> ListAsync(string tenantId, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<TrackedTicket>>([.. All.Where(t => t.TenantId == tenantId)]);

    public Task<IReadOnlyList<TrackedTicket>> ListOpenAsync(string tenantId, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<TrackedTicket>>([.. open.Values.Where(t => t.TenantId == tenantId)]);

    /// <summary>Like the Table store's due index: open tickets saved with a due date, until they end or are forgotten.</summary>
    public Task<IReadOnlyList<TrackedTicketDue>> ListDueByAsync(DateTimeOffset until, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<TrackedTicketDue>>([.. dueRows.Keys.Where(d => d.DueAt <= until).OrderBy(d => d.DueAt)]);

    public Task ForgetDueAsync(TrackedTicketDue due, CancellationToken cancellationToken)
    {
        dueRows.TryRemove(due, out _);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> ListTenantsAsync(CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<string>>([.. open.Keys.Select(k => k.Tenant).Distinct().Order(StringComparer.Ordinal)]);
}
