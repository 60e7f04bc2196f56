using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;

namespace SnowChatOps.Bot.ServiceNow;

/// <summary>
/// The one resilience policy for ServiceNow calls: timeouts, jittered retries on 408/429/502/503/504 and transport
/// failures honouring Retry-After, never for unsafe methods (a create is made safe by the caller's correlation_id
/// lookup), and a circuit breaker per instance authority.
/// </summary>
internal static class ServiceNowResilience
{
    public static void Configure(HttpStandardResilienceOptions options, ServiceNowResilienceOptions settings, ILogger logger)
    {
        options.TotalRequestTimeout.Timeout = settings.TotalRequestTimeout;
        options.AttemptTimeout.Timeout = settings.AttemptTimeout;

        options.Retry.MaxRetryAttempts = settings.MaxRetryAttempts;
        options.Retry.Delay = settings.RetryBaseDelay;
        options.Retry.BackoffType = DelayBackoffType.Exponential;
        options.Retry.UseJitter = true;
        options.Retry.ShouldRetryAfterHeader = true;
        options.Retry.ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, settings.MaxRetryAfter));
        options.Retry.DisableForUnsafeHttpMethods();
        options.Retry.OnRetry = args =>
        {
            var request = args.Outcome.Result?.RequestMessage;
            logger.RetryScheduled(request?.Method.Method ?? "?", request?.RequestUri?.Authority ?? "?", args.RetryDelay, args.AttemptNumber + 1, args.Outcome.Result?.StatusCode);
            return default;
        };

        options.CircuitBreaker.MinimumThroughput = settings.CircuitMinimumThroughput;
        options.CircuitBreaker.FailureRatio = settings.CircuitFailureRatio;
        options.CircuitBreaker.SamplingDuration = settings.CircuitSamplingDuration;
        options.CircuitBreaker.BreakDuration = settings.CircuitBreakDuration;
        options.CircuitBreaker.ShouldHandle = args => ValueTask.FromResult(IsOutage(args.Outcome));
        options.CircuitBreaker.OnOpened = args =>
        {
            logger.CircuitOpened(args.Outcome.Result?.RequestMessage?.RequestUri?.Authority ?? "?", args.BreakDuration);
            return default;
        };
    }

    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter) => outcome switch
    {
        { Exception: HttpRequestException or Polly.Timeout.TimeoutRejectedException } => true,
        { Result.StatusCode: HttpStatusCode.TooManyRequests } => outcome.Result.Headers.RetryAfter?.Delta is not { } wait || wait <= maxRetryAfter,
        { Result.StatusCode: HttpStatusCode.RequestTimeout or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout } => true,
        _ => false,
    };

    // 429 is the instance protecting itself per user, not an outage, so it does not count towards opening the circuit.
    private static bool IsOutage(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or Polly.Timeout.TimeoutRejectedException } => true,
        { Result.StatusCode: var status } => status is HttpStatusCode.RequestTimeout || (int)status >= 500,
        _ => false,
    };
}
