using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema.Teams;

namespace SnowChatOps.Bot.Sharing;

/// <summary>Who and where a sharing turn is: tenant, user and conversation, read once from the activity.</summary>
internal static class SharingTurn
{
    private const int MaxInitiatedBy = 255;

    public static string TenantId(ITurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Activity.Conversation?.TenantId
            ?? turn.Activity.GetChannelData<TeamsChannelData>()?.Tenant?.Id
            ?? throw new InvalidOperationException("A Teams activity without a tenant id cannot share to ServiceNow.");
    }

    public static string UserName(ITurnContext turn) => turn.Activity.From?.Name is { Length: > 0 } name ? name : "?";

    /// <summary>The seed's "User ID that initiates the ticket creation": display name and Azure AD object id.</summary>
    public static string InitiatedBy(ITurnContext turn)
    {
        var text = $"{UserName(turn)} ({turn.Activity.From?.AadObjectId ?? turn.Activity.From?.Id ?? "?"})";
        return text.Length <= MaxInitiatedBy ? text : text[..MaxInitiatedBy];
    }
}
