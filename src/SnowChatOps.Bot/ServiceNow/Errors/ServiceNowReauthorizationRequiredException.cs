namespace SnowChatOps.Bot.ServiceNow.Errors;

/// <summary>The tenant's connection can no longer authenticate (not connected, refresh token rejected, 401 after refresh).</summary>
internal sealed class ServiceNowReauthorizationRequiredException(string tenantId, string reason, Exception? innerException = null)
    : ServiceNowException($"ServiceNow connection for tenant {tenantId} needs to be authorized again ({reason}).", innerException)
{
    public string TenantId { get; } = tenantId;

    public string Reason { get; } = reason;
}
