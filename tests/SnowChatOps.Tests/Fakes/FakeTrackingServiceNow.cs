using System.Collections.Concurrent;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tracking;

namespace SnowChatOps.Tests.Fakes;

/// <summary>
/// ServiceNow as tracking reads it, in memory: tickets put here are what GetTicketAsync answers; a queued exception
/// fails the next read. Integration tests use the real client against the emulator instead.
/// </summary>
internal sealed class FakeTrackingServiceNow : ITrackingServiceNow
{
    private readonly ConcurrentDictionary<(string Tenant, TicketTable Table, string SysId), Ticket> tickets = new();
    private readonly ConcurrentQueue<Exception> failures = new();

    public ServiceNowInstance? Instance { get; set; } = FakeSharingServiceNow.AcmeInstance;

    public int Reads { get; private set; }

    public FakeTrackingServiceNow Put(string tenantId, Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        tickets[(tenantId, ticket.Table, ticket.SysId)] = ticket;
        return this;
    }

    public FakeTrackingServiceNow FailNextWith(Exception error)
    {
        failures.Enqueue(error);
        return this;
    }

    public Task<ServiceNowInstance?> GetInstanceAsync(string tenantId, CancellationToken cancellationToken) => Task.FromResult(Instance);

    public Task<Ticket?> GetTicketAsync(string tenantId, TicketTable table, string sysId, CancellationToken cancellationToken)
    {
        Reads++;
        if (failures.TryDequeue(out var error))
        {
            throw error;
        }

        return Task.FromResult(tickets.GetValueOrDefault((tenantId, table, sysId)));
    }
}
