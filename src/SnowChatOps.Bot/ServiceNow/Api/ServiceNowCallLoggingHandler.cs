namespace SnowChatOps.Bot.ServiceNow.Api;

/// <summary>
/// Outermost handler of every ServiceNow client: one structured line per logical call (retries included), with the
/// table, status and duration, so failures are visible without Polly's and HttpClient's per-attempt chatter.
/// </summary>
internal sealed class ServiceNowCallLoggingHandler(TimeProvider time, ILogger<ServiceNowCallLoggingHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            logger.Answered(request, response.StatusCode, time.GetElapsedTime(started));
            return response;
        }
        catch (Exception error) when (error is HttpRequestException or TimeoutException or Polly.CircuitBreaker.BrokenCircuitException
            or Polly.Timeout.TimeoutRejectedException or OperationCanceledException)
        {
            logger.CallBroke(request.Method.Method, ServiceNowCallName.Of(request), error.GetType().Name, (long)time.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }
}
