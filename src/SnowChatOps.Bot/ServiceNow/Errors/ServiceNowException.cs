using System.Net;

namespace SnowChatOps.Bot.ServiceNow.Errors;

/// <summary>
/// Base of every failure the ServiceNow seam reports. <see cref="ServiceNowMessage"/> is ServiceNow's own error
/// text (safe to show an admin; it never contains our tokens).
/// </summary>
internal abstract class ServiceNowException : Exception
{
    protected ServiceNowException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    public HttpStatusCode? StatusCode { get; init; }

    public string? ServiceNowMessage { get; init; }

    public string? ServiceNowDetail { get; init; }
}
