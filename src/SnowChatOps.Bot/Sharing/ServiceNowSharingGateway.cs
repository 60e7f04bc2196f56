using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Auth;

namespace SnowChatOps.Bot.Sharing;

internal sealed class ServiceNowSharingGateway(ServiceNowClient client, IServiceNowCredentialStore credentials) : ISharingServiceNow
{
    public async Task<ServiceNowInstance?> GetInstanceAsync(string tenantId, CancellationToken cancellationToken)
        => (await credentials.GetAsync(tenantId, cancellationToken))?.Instance;

    public Task<IReadOnlyList<Ticket>> FindOpenTicketsForActionAsync(string tenantId, string actionId, CancellationToken cancellationToken)
        => client.FindOpenTicketsForActionAsync(tenantId, actionId, cancellationToken);

    public Task<Ticket?> FindByCorrelationIdAsync(string tenantId, TicketTable table, string correlationId, CancellationToken cancellationToken)
        => client.FindByCorrelationIdAsync(tenantId, table, correlationId, cancellationToken);

    public Task<Ticket> CreateTicketAsync(string tenantId, NewTicket ticket, CancellationToken cancellationToken)
        => client.CreateTicketAsync(tenantId, ticket, cancellationToken);
}
