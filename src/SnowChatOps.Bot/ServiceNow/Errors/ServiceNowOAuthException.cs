namespace SnowChatOps.Bot.ServiceNow.Errors;

/// <summary>The token endpoint refused a grant. <see cref="Error"/>/<see cref="ErrorDescription"/> are ServiceNow's raw codes.</summary>
internal sealed class ServiceNowOAuthException(ServiceNowOAuthFailureReason reason, string? error, string? errorDescription, Exception? innerException = null)
    : ServiceNowException($"ServiceNow OAuth request failed: {reason} (error '{error}', description '{errorDescription}').", innerException)
{
    public ServiceNowOAuthFailureReason Reason { get; } = reason;

    public string? Error { get; } = error;

    public string? ErrorDescription { get; } = errorDescription;
}
