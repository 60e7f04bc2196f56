namespace SnowChatOps.Bot.Connection;

/// <summary>Development: admins come from the configured user list alone; no directory is asked.</summary>
internal sealed class NoAdminGroups : IAdminGroupMembership
{
    public Task<bool> IsMemberOfAnyAsync(string tenantId, string userAadObjectId, IReadOnlyCollection<string> groupIds, CancellationToken cancellationToken)
        => Task.FromResult(false);
}
