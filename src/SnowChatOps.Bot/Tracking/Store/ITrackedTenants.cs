namespace SnowChatOps.Bot.Tracking.Store;

/// <summary>The tenants that have tracked tickets: the poller's list of whom to poll.</summary>
internal interface ITrackedTenants
{
    Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken);
}
