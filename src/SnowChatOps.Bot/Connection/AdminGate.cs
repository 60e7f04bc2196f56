using System.Globalization;
using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Resources;

namespace SnowChatOps.Bot.Connection;

/// <summary>Admin-only commands ask here first; a refusal names who can help.</summary>
internal sealed class AdminGate(AdminPolicy policy, IConnectionStore connections, ILogger<AdminGate> logger)
{
    public async Task<bool> AllowAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var tenant = turn.Activity.Conversation?.TenantId ?? string.Empty;
        if (await policy.IsAdminAsync(tenant, turn.Activity.From?.AadObjectId, cancellationToken))
        {
            return true;
        }

        logger.NotAdmin(tenant);
        var connectedBy = (await connections.GetAsync(tenant, cancellationToken))?.ConnectedByName;
        var help = string.IsNullOrWhiteSpace(connectedBy)
            ? ConnectionText.Admin_AskIt
            : string.Format(CultureInfo.CurrentCulture, ConnectionText.Admin_AskPerson, connectedBy);
        await turn.SendActivityAsync($"{ConnectionText.Admin_Refused} {help}", cancellationToken: cancellationToken);
        return false;
    }
}
