namespace SnowChatOps.Bot.ServiceNow.Errors;

/// <summary>403: an ACL, business rule, data policy or cross-scope access policy refused the operation.</summary>
internal sealed class ServiceNowForbiddenException(string message, Exception? innerException = null)
    : ServiceNowException(message, innerException)
{
    /// <summary>
    /// True for "... has been refused due to the table's cross-scope access policy"; the fix is on the table's
    /// Application Access settings (Accessible from = All application scopes, Can read).
    /// </summary>
    public bool IsCrossScopeAccessPolicy =>
        ServiceNowMessage?.Contains("cross-scope access policy", StringComparison.OrdinalIgnoreCase) == true
        || ServiceNowDetail?.Contains("cross-scope access policy", StringComparison.OrdinalIgnoreCase) == true;
}
