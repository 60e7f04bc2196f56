namespace SnowChatOps.Bot.ServiceNow;

/// <summary>A <c>sys_user</c> record; the integration flags tell an API-only account from a personal login.</summary>
internal sealed record ServiceNowUser(
    string SysId, string UserName, string Name, bool WebServiceAccessOnly, bool InternalIntegrationUser)
{
    public bool IsIntegrationUser => WebServiceAccessOnly || InternalIntegrationUser;
}
