namespace SnowChatOps.Bot.ServiceNow;

/// <summary>How a connection gets its tokens.</summary>
internal enum ServiceNowGrant
{
    /// <summary>An interactive integration user signs in once; the bot refreshes with the refresh token.</summary>
    AuthorizationCode,

    /// <summary>Washington DC and later: the entity's OAuth Application User (web-service-only); the bot re-acquires tokens.</summary>
    ClientCredentials,
}
