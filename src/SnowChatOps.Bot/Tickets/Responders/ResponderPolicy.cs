using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Connection;

namespace SnowChatOps.Bot.Tickets.Responders;

/// <summary>
/// Decides whether a Teams user may act on a ticket card: an admin (Connection's policy), listed directly, or a
/// member of a listed group (the same group check as the admins').
/// </summary>
internal sealed class ResponderPolicy(IOptions<ResponderOptions> options, AdminPolicy admins, IAdminGroupMembership groups)
{
    public async Task<bool> IsResponderAsync(string tenantId, string? userAadObjectId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(userAadObjectId))
        {
            return false;
        }

        var responders = options.Value;
        if (responders.UserObjectIds.Contains(userAadObjectId, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        if (responders.GroupObjectIds.Count > 0
            && await groups.IsMemberOfAnyAsync(tenantId, userAadObjectId, [.. responders.GroupObjectIds], cancellationToken))
        {
            return true;
        }

        return await admins.IsAdminAsync(tenantId, userAadObjectId, cancellationToken);
    }
}
