namespace SnowChatOps.Bot.ServiceNow.Errors;

/// <summary>ServiceNow rejected the request as invalid.</summary>
internal sealed class ServiceNowRequestRejectedException(string message, Exception? innerException = null)
    : ServiceNowException(message, innerException);
