using System.ComponentModel.DataAnnotations;

namespace SnowChatOps.Bot.ServiceNow;

/// <summary>
/// Knobs of the one resilience handler (section "ServiceNow:Resilience"); tests shrink the delays. The standard
/// handler requires AttemptTimeout &lt; TotalRequestTimeout and CircuitSamplingDuration &gt;= 2 x AttemptTimeout.
/// </summary>
internal sealed class ServiceNowResilienceOptions : IValidatableObject
{
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan TotalRequestTimeout { get; init; } = TimeSpan.FromSeconds(60);

    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(20);

    [Range(1, 10)]
    public int MaxRetryAttempts { get; init; } = 3;

    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest Retry-After we wait out inside one request; a longer one surfaces as rate limited.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(30);

    [Range(2, 10000)]
    public int CircuitMinimumThroughput { get; init; } = 20;

    [Range(0.01, 1.0)]
    public double CircuitFailureRatio { get; init; } = 0.5;

    [Range(typeof(TimeSpan), "00:00:00.500", "00:10:00")]
    public TimeSpan CircuitSamplingDuration { get; init; } = TimeSpan.FromSeconds(60);

    [Range(typeof(TimeSpan), "00:00:00.500", "00:10:00")]
    public TimeSpan CircuitBreakDuration { get; init; } = TimeSpan.FromSeconds(30);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AttemptTimeout >= TotalRequestTimeout)
        {
            yield return new ValidationResult("AttemptTimeout must be shorter than TotalRequestTimeout.", [nameof(AttemptTimeout)]);
        }

        if (CircuitSamplingDuration < 2 * AttemptTimeout)
        {
            yield return new ValidationResult("CircuitSamplingDuration must be at least twice AttemptTimeout.", [nameof(CircuitSamplingDuration)]);
        }
    }
}
