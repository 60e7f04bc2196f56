using SnowChatOps.Bot.Connection;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.Tests.Connection;

/// <summary>Test data: a stored connection with defaults; a test states only what matters to it.</summary>
internal static class Connections
{
    public static ServiceNowConnection Connected(string connectedBy = "Patti Fernandez") => new()
    {
        TenantId = BotHarness.TenantId,
        InstanceUrl = "https://contoso.service-now.com",
        ClientId = "client-1",
        ClientSecret = "secret-1",
        Tokens = new ServiceNowTokens("access-1", "refresh-1", new DateTimeOffset(2026, 11, 26, 8, 30, 0, TimeSpan.Zero)),
        ConnectedByName = connectedBy,
        ConnectedByAadObjectId = "aad-admin",
        ConnectedAt = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero),
        ConnectedAsUserName = "m365.integration",
        ConnectedAsIntegrationUser = true,
        Version = "Zurich Patch 2",
    };
}
