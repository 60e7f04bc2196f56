using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Tracking;

/// <summary>
/// The part of ServiceNow tracking reads, so poller and turn tests can stand in a fake; in the app it is
/// <see cref="ServiceNowClient"/> behind <see cref="ServiceNowTrackingGateway"/> (failures are ServiceNowException subclasses).
/// </summary>
internal interface ITrackingServiceNow
{
    /// <summary>The tenant's instance, or null when not connected or the connection needs reauthorization.</summary>
    Task<ServiceNowInstance?> GetInstanceAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>The ticket as ServiceNow has it now, or null when it is gone or hidden.</summary>
    Task<Ticket?> GetTicketAsync(string tenantId, TicketTable table, string sysId, CancellationToken cancellationToken);
}
