using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Auth;

namespace SnowChatOps.Bot.Tracking;

internal sealed class ServiceNowTrackingGateway(ServiceNowClient client, IServiceNowCredentialStore credentials) : ITrackingServiceNow
{
    public async Task<ServiceNowInstance?> GetInstanceAsync(string tenantId, CancellationToken cancellationToken)
        => (await credentials.GetAsync(tenantId, cancellationToken))?.Instance;

    public Task<Ticket?> GetTicketAsync(string tenantId, TicketTable table, string sysId, CancellationToken cancellationToken)
        => client.GetTicketAsync(tenantId, table, sysId, cancellationToken);
}
