using SnowChatOps.Bot.Observability;

namespace SnowChatOps.Bot.ServiceNow;

/// <summary>
/// Counts and times every HTTP attempt to ServiceNow (inside the resilience handler, so retries count one by one),
/// by API (table, oauth) and status class; a transport failure counts as "error". Never records URLs or bodies.
/// </summary>
internal sealed class ServiceNowMetricsHandler(Telemetry telemetry, TimeProvider time, string api) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        int? status = null;
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            status = (int)response.StatusCode;
            return response;
        }
        finally
        {
            telemetry.ServiceNowRequestFinished(api, status, time.GetElapsedTime(started));
        }
    }
}
