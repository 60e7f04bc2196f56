using System.ComponentModel.DataAnnotations;

namespace SnowChatOps.Bot.Tracking.Outbox;

/// <summary>The notification outbox: how often pending work is swept, how long a claim lasts, and the retry budget.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Tracking:Outbox";

    /// <summary>False switches the background sweep off (a change is still written and tried once when accepted).</summary>
    public bool Enabled { get; init; } = true;

    [Range(typeof(TimeSpan), "00:00:00.050", "00:05:00", ErrorMessage = "Tracking:Outbox:SweepInterval must be between 50 ms and 5 minutes.")]
    public TimeSpan SweepInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a claimed item is invisible to other instances; a dead instance's work is due again after it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Tracking:Outbox:ClaimDuration must be between 1 second and 10 minutes.")]
    public TimeSpan ClaimDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts per item before it is recorded failed.</summary>
    [Range(1, 50, ErrorMessage = "Tracking:Outbox:MaxAttempts must be between 1 and 50.")]
    public int MaxAttempts { get; init; } = 10;

    /// <summary>How long after the change an item may still be retried before it is recorded failed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Tracking:Outbox:MaxDeliveryTime must be between 1 second and 1 day.")]
    public TimeSpan MaxDeliveryTime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>The first back-off for 412/502/503/504 and network failures (doubled per attempt, full jitter).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00", ErrorMessage = "Tracking:Outbox:BaseDelay must be between 10 ms and 1 minute.")]
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Tracking:Outbox:MaxDelay must be between 1 second and 1 hour.")]
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromMinutes(5);

    [Range(1, 1000, ErrorMessage = "Tracking:Outbox:BatchSize must be between 1 and 1000.")]
    public int BatchSize { get; init; } = 100;
}
