namespace SnowChatOps.Bot.ServiceNow.Errors;

/// <summary>5xx, timeout, open circuit, DNS failure or unreachable host: try again later.</summary>
internal sealed class ServiceNowUnavailableException(string message, Exception? innerException = null)
    : ServiceNowException(message, innerException)
{
    public bool IsCircuitOpen { get; init; }
}
