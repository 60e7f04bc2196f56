using Microsoft.Extensions.Options;

namespace SnowChatOps.Bot.Connection;

/// <summary>Decides whether a Teams user is a SnowChatOps admin: listed directly, or a member of a listed group.</summary>
internal sealed class AdminPolicy(IOptions<AdminOptions> options, IAdminGroupMembership groups)
{
    /// <summary>The admins named directly in configuration (group members cannot be listed without Graph paging), for alerts.</summary>
    public IReadOnlyList<string> ListedAdmins => [.. options.Value.UserObjectIds];

    public async Task<bool> IsAdminAsync(string tenantId, string? userAadObjectId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(userAadObjectId))
        {
            return false;
        }

        var admins = options.Value;
        if (admins.UserObjectIds.Contains(userAadObjectId, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        return admins.GroupObjectIds.Count > 0
            && await groups.IsMemberOfAnyAsync(tenantId, userAadObjectId, [.. admins.GroupObjectIds], cancellationToken);
    }
}
