using System.Globalization;
using System.Net;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace SnowChatOps.Bot.Tracking.Outbox;

/// <summary>
/// Teams' documented retry guidance (Microsoft Learn, "Optimize your bot with rate limiting in Teams"): 429 waits
/// as long as <c>Retry-After</c> says (exponential back-off when it says nothing); 412, 502, 503 and 504 are transient
/// and retried with exponential back-off and random jitter; other statuses are final. 403 and 404 are handled by the
/// caller (the bot is not in the conversation, or it is gone).
/// </summary>
internal sealed class TeamsRetryPolicy(IOptions<OutboxOptions> options)
{
    public bool IsTransient(HttpStatusCode status) => (int)status is 412 or 429 or 502 or 503 or 504;

    /// <summary>How long before attempt <paramref name="attempts"/> + 1: Retry-After when present, else jittered back-off.</summary>
    public TimeSpan DelayFor(ErrorResponseException error, int attempts)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Response?.StatusCode == HttpStatusCode.TooManyRequests && RetryAfter(error) is { } after ? after : Backoff(attempts);
    }

    /// <summary>Full jitter: a random point in [base·2^(n-1) / 2, base·2^(n-1)], capped at MaxDelay.</summary>
    public TimeSpan Backoff(int attempts)
    {
        var o = options.Value;
        var exponential = o.BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var capped = Math.Min(exponential, o.MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + (Random.Shared.NextDouble() / 2)));
    }

    /// <summary>Retry-After in delta seconds (the form the Bot Connector sends); null when absent or not a number (then: back-off).</summary>
    public static TimeSpan? RetryAfter(ErrorResponseException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error.Response?.Headers is not { } headers || !headers.TryGetValue("Retry-After", out var values))
        {
            return null;
        }

        var value = values.FirstOrDefault()?.Trim();
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(Math.Min(seconds, 3600));
        }

        return null;
    }
}
