namespace SnowChatOps.Bot.Connection;

/// <summary>Answers "is this user in any of these groups" (Microsoft Graph checkMemberGroups in production).</summary>
internal interface IAdminGroupMembership
{
    Task<bool> IsMemberOfAnyAsync(string tenantId, string userAadObjectId, IReadOnlyCollection<string> groupIds, CancellationToken cancellationToken);
}
