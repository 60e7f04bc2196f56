using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Connection;

internal static class ConnectionCredentials
{
    /// <summary>
    /// Re-checks the stored instance against today's host policy, so narrowing the allow-list takes effect for
    /// existing connections too; null when it is no longer allowed.
    /// </summary>
    public static ServiceNowCredentials? From(ServiceNowConnection connection, ServiceNowHostPolicy policy)
        => ServiceNowInstance.TryParse(connection.InstanceUrl, policy, out var instance, out _)
            ? new ServiceNowCredentials(instance, connection.ClientId, connection.ClientSecret, connection.Tokens) { Grant = connection.Grant }
            : null;
}
