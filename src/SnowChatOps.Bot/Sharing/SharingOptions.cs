using System.ComponentModel.DataAnnotations;

namespace SnowChatOps.Bot.Sharing;

/// <summary>Settings of the share-to-ServiceNow feature (section "Sharing").</summary>
internal sealed class SharingOptions
{
    public const string Section = "Sharing";

    /// <summary>False switches the background retry loop off (tests call the processor directly).</summary>
    public bool BackgroundRetries { get; init; } = true;

    /// <summary>How often the background processor looks for queued or abandoned submissions.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RetryInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// A submission still Creating (or Pending) after this long was abandoned by a crashed or restarted bot; the
    /// processor takes it over, looking the ticket up by correlation id before creating anything.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan AbandonedAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The longest wait between retries of a queued submission (backoff doubles up to this).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "06:00:00")]
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Days from today that the form's due date defaults to.</summary>
    [Range(1, 365)]
    public int DefaultDueInDays { get; init; } = 30;

    /// <summary>Improvement actions per page of the <c>actions</c> card.</summary>
    [Range(1, 20)]
    public int PageSize { get; init; } = 5;
}
