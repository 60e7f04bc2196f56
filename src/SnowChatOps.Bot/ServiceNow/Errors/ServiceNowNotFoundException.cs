namespace SnowChatOps.Bot.ServiceNow.Errors;

/// <summary>ServiceNow has no such record, or an ACL hides it.</summary>
internal sealed class ServiceNowNotFoundException(string message, Exception? innerException = null)
    : ServiceNowException(message, innerException);
