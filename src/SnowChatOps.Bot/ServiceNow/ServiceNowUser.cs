namespace SnowChatOps.Bot.ServiceNow;

/// <summary>
/// A <c>sys_user</c> record and the roles it holds. An integration user is either API-only (the web-service-only or
/// internal-integration flags: the client-credentials grant's application user) or an interactive account that holds
/// our integration role (the authorization-code flow's user, which must be able to sign in).
/// </summary>
internal sealed record ServiceNowUser(
    string SysId, string UserName, string Name, bool WebServiceAccessOnly, bool InternalIntegrationUser)
{
    public const string IntegrationRole = "x_snowchatops.integration";

    /// <summary>Role names from <c>sys_user_has_role</c>; empty when the instance does not let the user read them.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    public bool HoldsIntegrationRole => Roles.Contains(IntegrationRole, StringComparer.Ordinal);

    public bool IsIntegrationUser => WebServiceAccessOnly || InternalIntegrationUser || HoldsIntegrationRole;
}
