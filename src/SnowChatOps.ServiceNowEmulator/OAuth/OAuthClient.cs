namespace SnowChatOps.ServiceNowEmulator.OAuth;

/// <summary>The parts of an <c>oauth_entity</c> row the OAuth endpoints use.</summary>
internal sealed record OAuthClient(
    string SysId, string Name, string ClientId, string ClientSecret, IReadOnlyList<string> RedirectUris,
    int AccessLifespan, int RefreshLifespan, bool Active)
{
    /// <summary>The entity's OAuth Application User: who a client-credentials token acts as (empty: the grant is refused).</summary>
    public string ApplicationUserSysId { get; init; } = "";
}
