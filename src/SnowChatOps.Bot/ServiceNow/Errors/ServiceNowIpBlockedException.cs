namespace SnowChatOps.Bot.ServiceNow.Errors;

/// <summary>The instance refused this caller's IP address (IP Address Access Control).</summary>
internal sealed class ServiceNowIpBlockedException(string message, Exception? innerException = null)
    : ServiceNowException(message, innerException);
