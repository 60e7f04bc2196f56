using System.Net;
using Microsoft.Extensions.Logging;

namespace SnowChatOps.Bot.ServiceNow;

/// <summary>One line per ServiceNow call (EventIds 4090-4099): Debug when it worked, Warning when it failed.</summary>
internal static partial class ServiceNowCallLog
{
    [LoggerMessage(4090, LogLevel.Debug, "ServiceNow {Method} {Table} answered {Status} in {DurationMs} ms")]
    public static partial void CallSucceeded(this ILogger logger, string method, string table, int status, long durationMs);

    [LoggerMessage(4091, LogLevel.Warning, "ServiceNow {Method} {Table} failed with HTTP {Status} after {DurationMs} ms")]
    public static partial void CallFailed(this ILogger logger, string method, string table, int status, long durationMs);

    [LoggerMessage(4092, LogLevel.Warning, "ServiceNow {Method} {Table} failed without an answer ({Error}) after {DurationMs} ms")]
    public static partial void CallBroke(this ILogger logger, string method, string table, string error, long durationMs);

    public static void Answered(this ILogger logger, HttpRequestMessage request, HttpStatusCode status, TimeSpan duration)
    {
        var (method, table, ms) = (request.Method.Method, ServiceNowCallName.Of(request), (long)duration.TotalMilliseconds);
        if ((int)status >= 400)
        {
            logger.CallFailed(method, table, (int)status, ms);
        }
        else
        {
            logger.CallSucceeded(method, table, (int)status, ms);
        }
    }
}
