using System.Collections.Concurrent;
using System.Globalization;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Sharing;

namespace SnowChatOps.Tests.Fakes;

/// <summary>
/// An in-memory ServiceNow for turn tests: numbers tickets like ServiceNow, remembers what was sent, and can fail
/// the next calls with a queued exception. Integration tests use the real client against the emulator instead.
/// </summary>
internal sealed class FakeSharingServiceNow : ISharingServiceNow
{
    public static readonly ServiceNowInstance AcmeInstance = ServiceNowInstance.Parse("acme", ServiceNowHostPolicy.Default);
    private readonly ConcurrentQueue<Exception> failures = new();
    private Exception? afterCreate;
    private int sequence;

    public ServiceNowInstance? Instance { get; set; } = AcmeInstance;

    public ConcurrentBag<(string Tenant, NewTicket Ticket)> Sent { get; } = [];

    public ConcurrentBag<(string Tenant, Ticket Ticket)> Tickets { get; } = [];

    public FakeSharingServiceNow FailNextWith(Exception error)
    {
        failures.Enqueue(error);
        return this;
    }

    /// <summary>The next create lands in ServiceNow but its answer is lost (a timeout, a crash) with <paramref name="error"/>.</summary>
    public FakeSharingServiceNow LoseNextCreateAnswer(Exception error)
    {
        afterCreate = error;
        return this;
    }

    public FakeSharingServiceNow WithOpenTicket(string tenantId, string actionId, TicketTable table = TicketTable.ChangeRequest)
    {
        Tickets.Add((tenantId, NewRecord(table, "open", actionId)));
        return this;
    }

    public Task<ServiceNowInstance?> GetInstanceAsync(string tenantId, CancellationToken cancellationToken) => Task.FromResult(Instance);

    public Task<IReadOnlyList<Ticket>> FindOpenTicketsForActionAsync(string tenantId, string actionId, CancellationToken cancellationToken)
    {
        ThrowQueued();
        return Task.FromResult<IReadOnlyList<Ticket>>([.. Tickets.Where(t => t.Tenant == tenantId && t.Ticket.ActionId == actionId).Select(t => t.Ticket)]);
    }

    public Task<Ticket?> FindByCorrelationIdAsync(string tenantId, TicketTable table, string correlationId, CancellationToken cancellationToken)
    {
        ThrowQueued();
        return Task.FromResult(Tickets.Where(t => t.Tenant == tenantId && t.Ticket.Table == table && t.Ticket.CorrelationId == correlationId)
            .Select(t => t.Ticket).FirstOrDefault());
    }

    public Task<Ticket> CreateTicketAsync(string tenantId, NewTicket ticket, CancellationToken cancellationToken)
    {
        ThrowQueued();
        Sent.Add((tenantId, ticket));
        var created = NewRecord(ticket.Table, ticket.CorrelationId, ticket.ActionId) with { Priority = ticket.Priority, DueDate = ticket.DueDate };
        Tickets.Add((tenantId, created));
        if (Interlocked.Exchange(ref afterCreate, null) is { } lost)
        {
            throw lost;
        }

        return Task.FromResult(created);
    }

    private Ticket NewRecord(TicketTable table, string correlationId, string? actionId)
    {
        var n = Interlocked.Increment(ref sequence);
        var prefix = table == TicketTable.Incident ? "INC" : "CHG";
        return new Ticket
        {
            SysId = n.ToString("x32", CultureInfo.InvariantCulture),
            Number = prefix + (10000 + n).ToString("D7", CultureInfo.InvariantCulture),
            Table = table,
            State = table == TicketTable.Incident ? "1" : "-5",
            CorrelationId = correlationId,
            ActionId = actionId,
        };
    }

    private void ThrowQueued()
    {
        if (failures.TryDequeue(out var error))
        {
            throw error;
        }
    }
}
