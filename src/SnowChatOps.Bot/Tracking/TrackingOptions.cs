using System.ComponentModel.DataAnnotations;

namespace SnowChatOps.Bot.Tracking;

/// <summary>Ticket state tracking: the fallback poller and the development webhook secret.</summary>
public sealed class TrackingOptions
{
    public const string Section = "Tracking";

    /// <summary>False switches the fallback poller off (the webhook still works).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>How often tracked open tickets are read from ServiceNow, so notifications never depend on the webhook alone.</summary>
    [Range(typeof(TimeSpan), "00:00:15", "01:00:00", ErrorMessage = "Tracking:PollInterval must be between 15 seconds and 1 hour.")]
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How far before the watermark each delta poll re-reads: covers a transaction that committed after a later one
    /// (its <c>sys_updated_on</c> is older than records already seen) and clock steps on the instance.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:30:00", ErrorMessage = "Tracking:PollOverlap must be between 0 and 30 minutes.")]
    public TimeSpan PollOverlap { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Development only: a webhook secret accepted for every tenant, so the local emulator (started with the same
    /// value) works without copying secrets. Ignored outside Development.
    /// </summary>
    public string? DevWebhookSecret { get; init; }
}
