using System.Text;

namespace SnowChatOps.Bot.ServiceNow;

/// <summary>Everything needed to call one tenant's instance. <see cref="ToString"/> never prints secrets.</summary>
internal sealed record ServiceNowCredentials(ServiceNowInstance Instance, string ClientId, string ClientSecret, ServiceNowTokens Tokens)
{
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Instance = ").Append(Instance).Append(", ClientId = ").Append(ClientId).Append(", ClientSecret = ***, Tokens = ").Append(Tokens);
        return true;
    }
}
