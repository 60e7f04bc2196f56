namespace SnowChatOps.Bot.ServiceNow.Errors;

/// <summary>429 after our retries gave up; <see cref="RetryAfter"/> is ServiceNow's hint, when it sent one.</summary>
internal sealed class ServiceNowRateLimitedException(string message, TimeSpan? retryAfter, Exception? innerException = null)
    : ServiceNowException(message, innerException)
{
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
