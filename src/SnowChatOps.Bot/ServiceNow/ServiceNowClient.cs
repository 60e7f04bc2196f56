using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Refit;
using SnowChatOps.Bot.ServiceNow.Api;
using SnowChatOps.Bot.ServiceNow.Auth;
using SnowChatOps.Bot.ServiceNow.Dtos;
using SnowChatOps.Bot.ServiceNow.Errors;

namespace SnowChatOps.Bot.ServiceNow;

/// <summary>
/// The bot's one seam to ServiceNow. Every method names the Teams tenant whose connection to use; failures surface
/// as <see cref="ServiceNowException"/> subclasses, never Refit or HTTP types.
/// </summary>
internal sealed partial class ServiceNowClient(
    IServiceNowTableApi api, IServiceNowCredentialStore credentials, IOptions<ServiceNowOptions> options, ILogger<ServiceNowClient> logger)
{
    /// <summary>The tenant's instance, or null when it is not connected or its connection needs reauthorization.</summary>
    public async Task<ServiceNowInstance?> GetInstanceAsync(string tenantId, CancellationToken cancellationToken)
        => (await credentials.GetAsync(tenantId, cancellationToken).ConfigureAwait(false))?.Instance;

    /// <summary>
    /// Creates the ticket (never retried: a caller that is unsure whether a create landed looks it up with
    /// <see cref="FindByCorrelationIdAsync"/> before trying again).
    /// </summary>
    public async Task<Ticket> CreateTicketAsync(string tenantId, NewTicket ticket, CancellationToken cancellationToken)
    {
        Validator.ValidateObject(ticket, new ValidationContext(ticket), validateAllProperties: true);
        var table = ticket.Table.ToTableName();
        using var response = await ServiceNowCall.SendAsync(
            ct => api.CreateTicketAsync(table, TicketMapper.ToWrite(ticket), TicketQuery(), tenantId, ct), tenantId, cancellationToken).ConfigureAwait(false);
        var created = TicketMapper.ToTicket(response.Content?.Result ?? throw EmptyBody(), ticket.Table);
        logger.TicketCreated(table, created.Number, created.SysId, ticket.CorrelationId);
        return created;
    }

    public async Task<Ticket?> FindByCorrelationIdAsync(string tenantId, TicketTable table, string correlationId, CancellationToken cancellationToken)
    {
        var query = EncodedQuery.Empty.Where("correlation_id").Is(correlationId).OrderByDesc("sys_created_on");
        var page = await ListPageAsync(tenantId, table, query, limit: 1, offset: 0, cancellationToken).ConfigureAwait(false);
        return page.Tickets.FirstOrDefault();
    }

    /// <summary>The ticket, or null when it does not exist or an ACL hides it.</summary>
    public async Task<Ticket?> GetTicketAsync(string tenantId, TicketTable table, string sysId, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await ServiceNowCall.SendAsync(
                ct => api.GetTicketAsync(table.ToTableName(), sysId, TicketQuery(), tenantId, ct), tenantId, cancellationToken).ConfigureAwait(false);
            return TicketMapper.ToTicket(response.Content?.Result ?? throw EmptyBody(), table);
        }
        catch (ServiceNowNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Streams every matching ticket, page by page, following the Table API's <c>Link: rel="next"</c>.</summary>
    public async IAsyncEnumerable<Ticket> ListTicketsAsync(
        string tenantId, TicketTable table, EncodedQuery query, int? pageSize = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        int? offset = 0;
        while (offset is { } current)
        {
            var page = await ListPageAsync(tenantId, table, query, pageSize ?? options.Value.PageSize, current, cancellationToken).ConfigureAwait(false);
            foreach (var ticket in page.Tickets)
            {
                yield return ticket;
            }

            offset = page.NextOffset > current ? page.NextOffset : null;
        }
    }

    /// <summary>Open incidents and change requests filed for a Secure Score action (by <c>u_m365_action_id</c>).</summary>
    public async Task<IReadOnlyList<Ticket>> FindOpenTicketsForActionAsync(string tenantId, string actionId, CancellationToken cancellationToken)
    {
        var incidents = EncodedQuery.Empty.Where("u_m365_action_id").Is(actionId).Where("state").NotIn("6", "7", "8");
        var changes = EncodedQuery.Empty.Where("u_m365_action_id").Is(actionId).Where("state").NotIn("3", "4");
        var found = new List<Ticket>();
        await foreach (var ticket in ListTicketsAsync(tenantId, TicketTable.Incident, incidents, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            found.Add(ticket);
        }

        await foreach (var ticket in ListTicketsAsync(tenantId, TicketTable.ChangeRequest, changes, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            found.Add(ticket);
        }

        return found;
    }

    private async Task<TicketPage> ListPageAsync(
        string tenantId, TicketTable table, EncodedQuery query, int limit, int offset, CancellationToken cancellationToken)
    {
        var parameters = TicketQuery() with { Query = query.IsEmpty ? null : query.ToString(), Limit = limit, Offset = offset };
        try
        {
            using var response = await ServiceNowCall.SendAsync(
                ct => api.ListTicketsAsync(table.ToTableName(), parameters, tenantId, ct), tenantId, cancellationToken).ConfigureAwait(false);
            var tickets = (response.Content?.Result ?? []).Select(dto => TicketMapper.ToTicket(dto, table)).ToList();
            return new TicketPage(tickets, NextOffset(response));
        }
        catch (ServiceNowNotFoundException)
        {
            return new TicketPage([], null); // the unversioned Table API answers 404 for an empty list
        }
    }

    // Only the offset is taken from the server's link: the request itself is always rebuilt by Refit against the
    // tenant's instance, so a link pointing elsewhere cannot redirect our credentials.
    private static int? NextOffset(IApiResponse response)
    {
        var next = response.GetLink("next");
        if (next is null || !Uri.TryCreate(new Uri("https://link.invalid/"), next, out var uri))
        {
            return null;
        }

        var values = QueryHelpers.ParseQuery(uri.Query);
        return values.TryGetValue("sysparm_offset", out var raw)
            && int.TryParse(raw.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static TableQueryParameters TicketQuery() => new() { Fields = TicketRecordDto.Fields };

    private static ServiceNowRequestRejectedException EmptyBody() => new("ServiceNow returned an empty result.");

    private sealed record TicketPage(IReadOnlyList<Ticket> Tickets, int? NextOffset);
}
