using System.Text;

namespace SnowChatOps.Bot.ServiceNow;

/// <summary>Everything needed to call one tenant's instance. <see cref="ToString"/> never prints secrets.</summary>
internal sealed record ServiceNowCredentials(ServiceNowInstance Instance, string ClientId, string ClientSecret, ServiceNowTokens Tokens)
{
    /// <summary>How expired tokens are replaced: refreshed (authorization code) or requested again (client credentials).</summary>
    public ServiceNowGrant Grant { get; init; } = ServiceNowGrant.AuthorizationCode;

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Instance = ").Append(Instance).Append(", ClientId = ").Append(ClientId).Append(", ClientSecret = ***, Tokens = ").Append(Tokens).Append(", Grant = ").Append(Grant);
        return true;
    }
}
