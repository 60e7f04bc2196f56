using SnowChatOps.Bot.Tracking.Store;

namespace SnowChatOps.Tests.Fakes;

/// <summary>The tenants of the in-memory tracked-ticket store, as TableTrackedTenants reads them from the table.</summary>
internal sealed class InMemoryTrackedTenants(InMemoryTrackedTicketStore tracked) : ITrackedTenants
{
    public Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<string>>([.. tracked.All.Select(t => t.TenantId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
}
